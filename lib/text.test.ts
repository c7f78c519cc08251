import { describe, expect, it } from 'vitest'
import { cleanName, cleanText } from './text'

describe('cleanText', () => {
  it('normalises to NFC and strips controls, bidi overrides and lone surrogates', () => {
    expect(cleanText('Cafe\u0301')).toBe('Café')
    expect(cleanText('a\u0000b\u202Ec\u2066d')).toBe('abcd')
    expect(cleanText('x\ud800y')).toBe('xy')
    expect(cleanText('baris satu\nbaris dua')).toBe('baris satu\nbaris dua')
  })

  it('collapses names to one line', () => {
    expect(cleanName('  Budi \n\t Santoso ')).toBe('Budi Santoso')
  })
})
