// CPU time from /proc, for the benchmarks: they print the server's and the load tool's share.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

/** Clock ticks a second, as /proc counts CPU time. */
export const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100

/** CPU seconds (user + system) used so far by the process whose id is given or in the process groups given. */
export function cpuSeconds(match: { pid?: number; pgrps?: number[] }): number {
  let ticks = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue
    }
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const pgrp = Number(fields[2])
    if (Number(entry) !== match.pid && !match.pgrps?.includes(pgrp)) continue
    ticks += Number(fields[11]) + Number(fields[12])
  }
  return ticks / TICKS
}
