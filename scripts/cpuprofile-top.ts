// Where a CPU profile's time goes: self time summed by function and by file or package, from a
// .cpuprofile written by `node --cpu-prof` (see docs/performance.md for how the server is profiled).
//   tsx scripts/cpuprofile-top.ts <file.cpuprofile> [--top 25]
import fs from 'node:fs'
import { parseArgs } from 'node:util'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } })
const file = positionals[0]
if (!file) {
  console.error('usage: tsx scripts/cpuprofile-top.ts <file.cpuprofile> [--top 25]')
  process.exit(2)
}
const top = Number(values.top)
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile
const nodes = new Map(profile.nodes.map((node) => [node.id, node]))

/** A file's place: the package under node_modules, node's own modules, or the path in the project. */
function where(url: string): string {
  if (!url) return ''
  const modules = url.lastIndexOf('/node_modules/')
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/')
    const pkg = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
    return `${pkg}/${rest.at(-1)}`
  }
  if (url.startsWith('node:')) return url
  return url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '')
}

const byFunction = new Map<string, number>()
const byFile = new Map<string, number>()
let totalUs = 0
let idleUs = 0
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0
  const frame = nodes.get(id)?.callFrame
  if (!frame) return
  totalUs += us
  if (frame.functionName === '(idle)') {
    idleUs += us
    return
  }
  const place = where(frame.url)
  const name = `${frame.functionName || '(anonymous)'} ${place ? `${place}:${frame.lineNumber + 1}` : ''}`.trim()
  byFunction.set(name, (byFunction.get(name) ?? 0) + us)
  const key = place || frame.functionName
  byFile.set(key, (byFile.get(key) ?? 0) + us)
})

const busyUs = totalUs - idleUs
const ms = (us: number) => (us / 1000).toFixed(0).padStart(7)
const share = (us: number) => `${((us / busyUs) * 100).toFixed(1)}%`.padStart(6)
console.log(`${file}: ${(totalUs / 1e6).toFixed(1)} s sampled, ${(busyUs / 1e6).toFixed(1)} s busy (shares below are of busy time)`)
for (const [title, table] of [
  ['self time by function', byFunction],
  ['self time by file', byFile],
] as const) {
  console.log(`\n${title}:\n     ms   share`)
  for (const [name, us] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)} ${share(us)}  ${name}`)
}
