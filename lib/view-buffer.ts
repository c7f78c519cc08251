// Page views are counted in memory and written in batches, so a read never waits for a write and
// the database sees one short transaction every few seconds instead of one per page view.

const BOT =
  /bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|headless|lighthouse|pingdom|monitor|curl|wget|python|httpclient|axios|node-fetch|go-http/i

/** Crawlers, link previewers and scripted clients are not readers. */
export function isBot(userAgent: string | null): boolean {
  return !userAgent || BOT.test(userAgent)
}

import { HourlyCounter } from './http/hourly-counter'

export type ViewWriter = (counts: Map<number, number>, hour: number) => void

export class ViewBuffer {
  private counts = new Map<number, number>()
  private pending = 0
  private readonly seen: HourlyCounter

  constructor(
    private readonly write: ViewWriter,
    private readonly maxPending = 500,
    private readonly now: () => number = Date.now,
    /** How many visitor-and-article pairs are remembered per hour (oldest forgotten first). */
    maxSeen = 100_000,
  ) {
    this.seen = new HourlyCounter(maxSeen, now)
  }

  /**
   * Counts one view; the same visitor (the client address) viewing the same article again within
   * the clock hour counts once, so a loop of requests cannot move Popular.
   */
  add(articleId: number, visitor: string): void {
    if (this.seen.hit(`${visitor}|${articleId}`) > 1) return
    this.counts.set(articleId, (this.counts.get(articleId) ?? 0) + 1)
    this.pending += 1
    if (this.pending >= this.maxPending) this.flush()
  }

  flush(): void {
    if (this.pending === 0) return
    const counts = this.counts
    this.counts = new Map()
    this.pending = 0
    this.write(counts, Math.floor(this.now() / 3_600_000))
  }
}
