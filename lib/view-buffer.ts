// Page views are counted in memory and written in batches, so a read never waits for a write and
// the database sees one short transaction every few seconds instead of one per page view.

const BOT = /bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|headless|lighthouse|pingdom|monitor|curl|wget|python|httpclient|axios|node-fetch|go-http/i

/** Crawlers, link previewers and scripted clients are not readers. */
export function isBot(userAgent: string | null): boolean {
  return !userAgent || BOT.test(userAgent)
}

export type ViewWriter = (counts: Map<number, number>, hour: number) => void

export class ViewBuffer {
  private counts = new Map<number, number>()
  private seen = new Set<string>()
  private pending = 0

  constructor(
    private readonly write: ViewWriter,
    private readonly maxPending = 500,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one view; the same visitor viewing the same article again in one batch counts once. */
  add(articleId: number, visitor: string): void {
    const key = `${visitor}:${articleId}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.counts.set(articleId, (this.counts.get(articleId) ?? 0) + 1)
    this.pending += 1
    if (this.pending >= this.maxPending) this.flush()
  }

  flush(): void {
    if (this.pending === 0) return
    const counts = this.counts
    this.counts = new Map()
    this.seen = new Set()
    this.pending = 0
    this.write(counts, Math.floor(this.now() / 3_600_000))
  }
}
