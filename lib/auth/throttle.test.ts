import { describe, expect, it } from 'vitest'
import { describeWait, waitMs, type Policy } from './throttle'

const policy: Policy = { free: 3, baseMs: 10_000, maxMs: 60_000, windowMs: 3_600_000 }
const at = (ms: number) => new Date(1_000_000 + ms)

describe('back-off', () => {
  it('lets the free failures through, then doubles the wait up to the cap', () => {
    expect(waitMs(null, policy, at(0))).toBe(0)
    expect(waitMs({ failures: 2, lastFailureAt: at(0) }, policy, at(0))).toBe(0)
    expect(waitMs({ failures: 3, lastFailureAt: at(0) }, policy, at(0))).toBe(10_000)
    expect(waitMs({ failures: 4, lastFailureAt: at(0) }, policy, at(0))).toBe(20_000)
    expect(waitMs({ failures: 20, lastFailureAt: at(0) }, policy, at(0))).toBe(60_000)
  })

  it('counts down from the last failure and forgets after a quiet window', () => {
    expect(waitMs({ failures: 3, lastFailureAt: at(0) }, policy, at(4_000))).toBe(6_000)
    expect(waitMs({ failures: 3, lastFailureAt: at(0) }, policy, at(10_000))).toBe(0)
    expect(waitMs({ failures: 50, lastFailureAt: at(0) }, policy, at(3_600_001))).toBe(0)
  })

  it('says how long in words', () => {
    expect(describeWait(1)).toBe('1 detik')
    expect(describeWait(59_500)).toBe('1 menit')
    expect(describeWait(61_000)).toBe('2 menit')
  })
})
