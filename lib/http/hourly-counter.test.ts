import { describe, expect, it } from 'vitest'
import { HourlyCounter } from './hourly-counter'

describe('HourlyCounter', () => {
  it('counts per key within the clock hour and starts again at the next', () => {
    let clock = 3_600_000 * 5
    const counter = new HourlyCounter(10, () => clock)
    expect(counter.hit('a')).toBe(1)
    expect(counter.hit('a')).toBe(2)
    expect(counter.get('b')).toBe(0)
    clock += 3_599_999
    expect(counter.get('a')).toBe(2)
    clock += 1
    expect(counter.get('a')).toBe(0)
  })

  it('holds at most maxKeys keys, dropping the least recently counted', () => {
    const counter = new HourlyCounter(2, () => 0)
    counter.hit('a')
    counter.hit('b')
    counter.hit('a')
    counter.hit('c')
    expect(counter.size).toBe(2)
    expect(counter.get('b')).toBe(0)
    expect(counter.get('a')).toBe(2)
  })
})
