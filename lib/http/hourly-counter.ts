/**
 * Counts events per key within the current clock hour, in memory and bounded: when the hour
 * turns every count starts again, and past `maxKeys` the oldest keys are forgotten first.
 */
export class HourlyCounter {
  private counts = new Map<string, number>()
  private hour = -1

  constructor(
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  private roll(): void {
    const hour = Math.floor(this.now() / 3_600_000)
    if (hour !== this.hour) {
      this.hour = hour
      this.counts = new Map()
    }
  }

  /** How many times the key was counted this hour. */
  get(key: string): number {
    this.roll()
    return this.counts.get(key) ?? 0
  }

  /** Counts the key once more (or `by` more, or less); returns its count this hour, this one included. */
  hit(key: string, by = 1): number {
    this.roll()
    const count = (this.counts.get(key) ?? 0) + by
    this.counts.delete(key)
    this.counts.set(key, count)
    if (this.counts.size > this.maxKeys) {
      const oldest = this.counts.keys().next().value
      if (oldest !== undefined) this.counts.delete(oldest)
    }
    return count
  }

  get size(): number {
    return this.counts.size
  }
}
