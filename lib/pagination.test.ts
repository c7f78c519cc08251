import { describe, expect, it } from 'vitest'
import { pageCount, parsePage } from './pagination'

describe('parsePage', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['99999', 99999],
  ])('reads %s as %d', (input, page) => {
    expect(parsePage(input)).toBe(page)
  })

  it.each(['-1', '0', 'abc', '02', '1e3', '2.5', ' 2', '', '9999999', undefined, null])('refuses %j', (input) => {
    expect(parsePage(input)).toBeNull()
  })
})

describe('pageCount', () => {
  it('has at least one page, and rounds up', () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(12, 12)).toBe(1)
    expect(pageCount(13, 12)).toBe(2)
  })
})
