import { describe, expect, it } from 'vitest'
import { isValidSlug, slugify } from './slug'

describe('slugify', () => {
  it('makes the seed slug from its title', () => {
    expect(slugify('NATO Pastikan Ukraina Jadi Anggota, Usai Perang dengan Rusia Berakhir')).toBe(
      'nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir',
    )
  })

  it('folds diacritics and drops punctuation', () => {
    expect(slugify('  Café & Rupiah: Naik 2,5%!  ')).toBe('cafe-dan-rupiah-naik-2-5')
  })

  it('never ends with a dash after truncation', () => {
    const slug = slugify(`${'a'.repeat(119)} b`)
    expect(slug.length).toBeLessThanOrEqual(120)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('isValidSlug', () => {
  it.each(['nasional', 'ukraina-minta-128-jet-tempur-untuk-kalahkan-rusia'])('accepts %s', (slug) => {
    expect(isValidSlug(slug)).toBe(true)
  })

  it.each(['', 'Nasional', '../etc', '%2e%2e', 'a--b', '-a', 'a'.repeat(5000), 'berita baru'])('refuses %j', (slug) => {
    expect(isValidSlug(slug)).toBe(false)
  })
})
