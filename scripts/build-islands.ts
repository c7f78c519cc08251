// The islands' script of static reading pages (components/islands/main.ts), minified under a name
// that changes with its content. It is built before `next build`, which renders static pages that
// name it, into the build folder's cache/ (which `next build` keeps), then copied to static/,
// served with immutable caching at /_next/static/islands/.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { buildSync } from 'esbuild'

const staged = (distDir: string) => path.join(distDir, 'cache', 'islands')

/** Builds the script and records its URL in cache/islands/manifest.json (lib/server/static-render.ts). */
export function buildIslands(distDir: string): void {
  const outdir = staged(distDir)
  // What only some pages need (the live comments, the comment text renderer) is split into chunks
  // the script imports when a page has it, so every page loads the small entry alone.
  const result = buildSync({
    entryPoints: ['components/islands/main.ts'],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    outdir,
    entryNames: 'entry',
    chunkNames: 'chunk-[hash]',
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
  })
  const entry = result.outputFiles.find((file) => path.basename(file.path) === 'entry.js')
  if (!entry) throw new Error('The islands script was not built.')
  // The chunks are named by content already; the entry gets a name from its own, which names the chunks it imports.
  const name = `main-${crypto.createHash('sha256').update(entry.contents).digest('hex').slice(0, 16)}.js`
  fs.rmSync(outdir, { recursive: true, force: true })
  fs.mkdirSync(outdir, { recursive: true })
  for (const file of result.outputFiles) {
    fs.writeFileSync(path.join(outdir, file === entry ? name : path.basename(file.path)), file.contents)
  }
  fs.writeFileSync(path.join(outdir, 'manifest.json'), JSON.stringify({ main: `/_next/static/islands/${name}` }))
}

/** After `next build`: the script into static/islands/. */
export function publishIslands(distDir: string): void {
  const target = path.join(distDir, 'static', 'islands')
  fs.mkdirSync(target, { recursive: true })
  for (const file of fs.readdirSync(staged(distDir))) {
    if (file.endsWith('.js')) fs.copyFileSync(path.join(staged(distDir), file), path.join(target, file))
  }
}
