// The scheduler of the production server (docs/decisions/019): every 10 s, and once at start
// (which catches up on what came due while the server was down), it asks the app to publish
// the scheduled articles that are due. The work runs in the app's route handler
// (app/api/desk/publish-due), which can expire cache tags; publishDue's one IMMEDIATE
// transaction makes it exactly once, even with several servers on one database file. With
// REDIS_URL, a lock per tick lets one instance of several do the work (docs/decisions/023).
import http from 'node:http'
import { redisKey, withRedis } from '@/lib/redis'
import { INTERNAL_HEADER, type Internal } from './internal'

export const SCHEDULER_INTERVAL_MS = 10_000
export const PUBLISH_DUE_PATH = '/api/desk/publish-due'

/** One tick: the ids the app published, or null when the call failed. */
export function publishDueOnce(internal: Internal): Promise<number[] | null> {
  return new Promise((resolve) => {
    const request = http.request(
      `${internal.origin}${PUBLISH_DUE_PATH}`,
      { method: 'POST', headers: { [INTERNAL_HEADER]: internal.secret, 'Content-Length': '0' } },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () => {
          try {
            resolve(response.statusCode === 200 ? ((JSON.parse(text) as { published: number[] }).published ?? []) : null)
          } catch {
            resolve(null)
          }
        })
        response.on('error', () => resolve(null))
      },
    )
    request.on('error', () => resolve(null))
    request.setTimeout(30_000, () => request.destroy())
    request.end()
  })
}

/**
 * Whether this instance does this tick: the first to take the lock, which lasts a little less
 * than a tick. Without Redis (one instance, or an outage) every instance does its own: publishDue
 * stays exactly once either way.
 */
export function takeTickLock(intervalMs: number, owner: string): Promise<boolean> {
  return withRedis(
    async (client) => (await client.set(redisKey('scheduler'), owner, 'PX', Math.max(1, intervalMs - 500), 'NX')) === 'OK',
    () => true,
  )
}

/** Starts the ticks (the first at once); returns a function that stops them. Ticks never overlap. */
export function startScheduler(internal: Internal, log: (message: string) => void, intervalMs = SCHEDULER_INTERVAL_MS): () => void {
  let running = false
  let failures = 0
  const tick = async () => {
    if (running) return
    running = true
    try {
      if (!(await takeTickLock(intervalMs, internal.origin))) return
      const published = await publishDueOnce(internal)
      if (published === null) {
        failures++
        if (failures === 1 || failures % 30 === 0) log(`Jadwal terbit: permintaan gagal (${failures}x)`)
      } else {
        failures = 0
        if (published.length > 0) log(`Jadwal terbit: ${published.length} artikel diterbitkan (${published.join(', ')})`)
      }
    } finally {
      running = false
    }
  }
  void tick()
  const timer = setInterval(() => void tick(), intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
