import { describe, expect, it } from 'vitest'
import { highlightRuns, toMatchExpression } from './search-query'

describe('toMatchExpression', () => {
  it('quotes words as prefix terms', () => {
    expect(toMatchExpression('Stoltenberg NATO')).toBe('"stoltenberg"* "nato"*')
  })

  it.each(['', '   ', '"', 'NEAR(', '*', '()^-', '"a" OR "b'])('never passes FTS syntax through: %j', (input) => {
    const expression = toMatchExpression(input)
    if (expression) expect(expression).toMatch(/^("[\p{L}\p{N}]+"\* ?)+$/u)
  })

  it('keeps FTS keywords as words and limits the number of terms', () => {
    expect(toMatchExpression('a NEAR(b OR c')).toBe('"a"* "near"* "b"* "or"* "c"*')
    expect(toMatchExpression(Array.from({ length: 50 }, (_, i) => `kata${i}`).join(' '))?.split(' ')).toHaveLength(8)
    expect(toMatchExpression('x'.repeat(10_000))).toBe(`"${'x'.repeat(500)}"*`)
  })

  it('returns null when nothing is searchable', () => {
    expect(toMatchExpression('"*()^')).toBeNull()
  })
})

describe('highlightRuns', () => {
  it('marks the hits', () => {
    expect(highlightRuns('kata \u0002Stoltenberg\u0003 berkata')).toEqual([
      { text: 'kata ', hit: false },
      { text: 'Stoltenberg', hit: true },
      { text: ' berkata', hit: false },
    ])
  })
})
