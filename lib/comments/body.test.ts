import { describe, expect, it } from 'vitest'
import { countLinks, normalizeBody, segments } from './body'

describe('normalizeBody', () => {
  it('keeps text, folds to NFC and removes controls, bidi overrides and lone surrogates', () => {
    expect(normalizeBody('  Cafe\u0301 \u202Eabc\u0000 \ud800 ')).toBe('Café abc')
    expect(normalizeBody('satu\r\n\r\n\r\n\r\ndua')).toBe('satu\n\ndua')
    expect(normalizeBody(' \n\t ')).toBe('')
  })

  it('trims zalgo stacks but keeps ordinary accents', () => {
    const zalgo = 'Z\u0351\u0345\u0330\u0339\u035aa\u0300\u0301\u0302\u0303lgo'
    const cleaned = normalizeBody(zalgo)
    expect(cleaned.replace(/\p{M}/gu, '')).toBe('Zàlgo'.normalize('NFD').replace(/\p{M}/gu, '').replace('a', 'à'))
    expect(Math.max(...(cleaned.match(/\p{M}+/gu) ?? []).map((m) => m.length))).toBe(2)
    expect(normalizeBody('Tiếng Việt')).toBe('Tiếng Việt')
  })

  it('keeps markup as plain text', () => {
    expect(normalizeBody('<script>alert(1)</script>')).toBe('<script>alert(1)</script>')
  })
})

describe('segments', () => {
  it('links http and https only', () => {
    expect(segments('baca https://fakta.com/news dan www.contoh.id ya')).toEqual([
      { type: 'text', text: 'baca ' },
      { type: 'link', text: 'https://fakta.com/news', href: 'https://fakta.com/news' },
      { type: 'text', text: ' dan ' },
      { type: 'link', text: 'www.contoh.id', href: 'http://www.contoh.id' },
      { type: 'text', text: ' ya' },
    ])
  })

  it.each(['javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', '[x](javascript:alert(1))', 'mailto:a@b.id', 'ftp://x.id'])(
    'never links %s',
    (body) => {
      expect(segments(body).filter((s) => s.type === 'link')).toEqual([])
    },
  )

  it('counts links', () => {
    expect(countLinks('https://a.id https://b.id tanpa tautan')).toBe(2)
  })
})
