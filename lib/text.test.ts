import { describe, expect, it } from 'vitest'
import { cleanName, cleanText, hasInvisibleCharacters, isBlank } from './text'

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

describe('invisible characters', () => {
  it('finds format and default-ignorable characters, not emoji joiners', () => {
    for (const text of ['a\u200bb', 'a\u00adb', '\u3164', 'a\u180eb', 'a\u{e0041}', 'a\ufe0f', '\u2800']) {
      expect(hasInvisibleCharacters(text)).toBe(true)
    }
    for (const text of ['Budi', 'Siti 👍🏽', '❤️', '👨\u200d👩\u200d👧', 'Tiếng Việt']) expect(hasInvisibleCharacters(text)).toBe(false)
  })

  it('text of only whitespace and invisible characters is blank', () => {
    expect(isBlank('\u200b \u200c\n\u3164\u2800')).toBe(true)
    expect(isBlank('\u200ba')).toBe(false)
  })
})
