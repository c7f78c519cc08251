import { describe, expect, it } from 'vitest'
import { csvField, toCsv } from '@/lib/charts'

// OWASP CSV injection: every text cell that a spreadsheet would read as a formula is defused.
describe('CSV cells cannot start a formula', () => {
  it.each(['=1+1', '+1+cmd|" /C calc"!A0', '-1+cmd|" /C calc"!A0', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '-'])('defuses %j', (text) => {
    expect(csvField(text).replace(/^"/, '')).toMatch(/^'/)
  })

  it('keeps numbers, negative ones included, as numbers', () => {
    const csv = toCsv('-1+cmd|x', [{ name: '=Seri', points: [{ label: '-2+3', value: -2.07 }] }])
    expect(csv).toBe("'-1+cmd|x,'=Seri\r\n'-2+3,-2.07\r\n")
  })
})
