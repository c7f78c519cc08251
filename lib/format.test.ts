import { describe, expect, it } from 'vitest'
import { formatShortDate, formatWib, toIsoWib } from './format'

describe('dates in WIB', () => {
  it('formats the seed article time as on the page', () => {
    expect(formatWib(new Date('2024-07-11T19:30:00+07:00'))).toBe('Kamis, 11 Juli 2024 19:30 WIB')
  })

  it('uses Jakarta time whatever the instant is written in', () => {
    // 23:05 UTC on a Sunday is 06:05 on Monday in Jakarta.
    expect(formatWib(new Date('2024-06-30T23:05:00Z'))).toBe('Senin, 1 Juli 2024 06:05 WIB')
  })

  it('writes ISO times with the +07:00 offset', () => {
    expect(toIsoWib(new Date('2024-07-11T12:30:00Z'))).toBe('2024-07-11T19:30:00+07:00')
    expect(toIsoWib(new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01T03:00:00+07:00')
  })

  it('has a short form for lists', () => {
    expect(formatShortDate(new Date('2024-07-11T19:30:00+07:00'))).toBe('11 Jul 2024')
  })
})
