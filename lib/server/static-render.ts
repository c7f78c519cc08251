import 'server-only'
import { AsyncLocalStorage } from 'node:async_hooks'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { ReactNode } from 'react'
import { getEnv } from '@/lib/env'

// Reading pages rendered to plain HTML (docs/decisions/013): our server components through React's
// own HTML renderer, with no framework runtime and no page data in the page. What needs the
// browser is an island: an element marked `data-island`, given its behaviour by one small script.

const staticRender = new AsyncLocalStorage<true>()

/** Whether the components are being rendered to static HTML (their islands become marked elements). */
export const isStaticRender = () => staticRender.getStore() === true

type Prerender = (node: ReactNode, options: { onError: (error: unknown) => void }) => Promise<{ prelude: AsyncIterable<Buffer | string> }>

// The HTML renderer of the app's own React, loaded at run time: the bundle a route is compiled
// into holds React's server-component build, which renders to the RSC format only.
let prerender: Prerender | undefined
function htmlRenderer(): Prerender {
  if (!prerender) {
    const load = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), 'package.json'))
    const entry = ['react-dom', 'static'].join('/')
    prerender = (load(entry) as { prerenderToNodeStream: Prerender }).prerenderToNodeStream
  }
  return prerender
}

/** The document's HTML, every async component awaited; React writes `<!DOCTYPE html>` first. */
export async function renderToHtml(document: ReactNode): Promise<string> {
  return staticRender.run(true, async () => {
    // An error (a page's notFound() among them) rejects the render; the caller decides.
    const { prelude } = await htmlRenderer()(document, { onError: () => {} })
    let html = ''
    for await (const chunk of prelude) html += chunk.toString()
    return html
  })
}

type Assets = { stylesheets: string[]; fonts: string[]; islands: string | null }
let assets: Assets | undefined

/**
 * The root layout's stylesheets (from the build's manifest of the home page, which has only the
 * layout's CSS) and the islands' script (scripts/build-islands.ts; none under `next dev`), as URLs.
 */
export function staticAssets(): Assets {
  if (assets) return assets
  const dist = path.join(/* turbopackIgnore: true */ process.cwd(), getEnv().NEXT_DIST_DIR)
  // `globalThis.__RSC_MANIFEST["/(site)/page"] = {…}`
  const source = fs.readFileSync(
    path.join(/* turbopackIgnore: true */ dist, 'server', 'app', '(site)', 'page_client-reference-manifest.js'),
    'utf8',
  )
  const json = source.slice(source.indexOf('] = ') + 4, source.lastIndexOf('}') + 1)
  const manifest = JSON.parse(json) as { entryCSSFiles?: Record<string, { path: string }[]> }
  const stylesheets = Object.entries(manifest.entryCSSFiles ?? {}).flatMap(([entry, files]) =>
    entry.endsWith('app/layout') ? files.map((file) => `/_next/${file.path}`) : [],
  )
  // A page without its stylesheet must never be cached: no build, no page.
  if (stylesheets.length === 0) throw new Error('The root layout has no stylesheet in the build manifest.')
  // The web fonts the stylesheet names (app/globals.css).
  const fonts = stylesheets.flatMap((href) => {
    const css = fs.readFileSync(path.join(/* turbopackIgnore: true */ dist, href.slice('/_next/'.length)), 'utf8')
    return [...css.matchAll(/url\(([^)"']+\.woff2)\)/g)].map((match) => new URL(match[1] ?? '', `http://localhost${href}`).pathname)
  })
  const islandsFile = path.join(/* turbopackIgnore: true */ dist, 'cache', 'islands', 'manifest.json')
  const islands = fs.existsSync(islandsFile) ? (JSON.parse(fs.readFileSync(islandsFile, 'utf8')) as { main: string }).main : null
  assets = { stylesheets, fonts: [...new Set(fonts)], islands }
  return assets
}
