import { describe, expect, it } from 'vitest'
import { normalizeBody } from '@/lib/comments/body'
import { BODY_RAW_MAX } from '@/lib/comments/pipeline'

// The shapes that make a backtracking pattern quadratic, at the largest raw size the actions
// accept and at the 200,000 characters that once blocked the server for 32 seconds. A quadratic
// normaliser takes tens of seconds on the large ones; a linear one a few milliseconds, so the
// bound below is two orders of magnitude away from either and does not depend on machine speed.
const shapes = (n: number) => [
  { name: 'run of spaces then x', input: ' '.repeat(n - 1) + 'x', output: 'x' },
  { name: 'alternating space and tab then x', input: ' \t'.repeat(n / 2 - 1) + 'xy', output: 'xy' },
  { name: 'run of carriage returns between words', input: 'a' + '\r'.repeat(n - 2) + 'b', output: 'ab' },
  { name: 'run of CRLFs between words', input: 'a' + '\r\n'.repeat(n / 2 - 1) + 'b', output: 'a\n\nb' },
  { name: 'run of combining marks', input: 'a' + '\u0301'.repeat(n - 1), output: 'a\u0301\u0301\u0301'.normalize('NFC') },
  { name: 'run of newlines between words', input: 'a' + '\n'.repeat(n - 2) + 'b', output: 'a\n\nb' },
  { name: 'blanks then a newline, repeated', input: ' \t \n'.repeat(n / 4), output: '' },
  { name: 'spaces before a final newline', input: 'a' + ' '.repeat(n - 3) + '\nb', output: 'a\nb' },
]

describe('normalizeBody on worst-case shapes', () => {
  it.each(shapes(BODY_RAW_MAX))('$name at the raw cap', ({ input, output }) => {
    expect(input.length).toBeLessThanOrEqual(BODY_RAW_MAX)
    expect(normalizeBody(input)).toBe(output)
  })

  it('every shape at the raw cap together stays far under a second', () => {
    const started = performance.now()
    for (const { input } of shapes(BODY_RAW_MAX)) normalizeBody(input)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it.each(shapes(200_000))('$name at 200,000 characters stays linear', ({ input, output }) => {
    const started = performance.now()
    expect(normalizeBody(input)).toBe(output)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
