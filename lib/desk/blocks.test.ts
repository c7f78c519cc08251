import { describe, expect, it } from 'vitest'
import type { BodyBlock } from '@/db/schema'
import { DESK_BODY_MAX_CHARS, embedFromUrl, isSafeHref, parseDeskBody } from './blocks'

const parse = (blocks: unknown) => parseDeskBody(JSON.stringify(blocks))
const paragraph = (text: string, marks?: unknown[]) => ({ type: 'paragraph', text, ...(marks ? { marks } : {}) })

const every: BodyBlock[] = [
  {
    type: 'paragraph',
    text: 'Hujan deras di Jakarta.',
    marks: [
      { type: 'bold', from: 0, to: 5 },
      { type: 'italic', from: 3, to: 11 },
      { type: 'link', from: 15, to: 22, href: 'https://bmkg.go.id/cuaca' },
    ],
  },
  { type: 'heading', text: 'Banjir di hilir' },
  { type: 'quote', text: 'Kami siaga.', cite: 'Kepala BPBD' },
  { type: 'quote', text: 'Tanpa sumber.' },
  { type: 'list', ordered: true, items: ['Satu', 'Dua'] },
  { type: 'list', ordered: false, items: ['Butir'] },
  { type: 'image', mediaId: 3, alt: 'Warga mengungsi', caption: 'Pengungsian di Kampung Melayu', credit: 'FAKTA/Ari' },
  { type: 'image', mediaId: 4, alt: 'Sungai meluap' },
  { type: 'related', articleId: 12 },
  { type: 'embed', provider: 'youtube', id: 'M7lc1UVf-VE', title: 'Video banjir' },
  { type: 'embed', provider: 'spotify', id: 'episode/4rOoJ6Egrf8KSAUHxTYQUd', title: 'Siniar' },
  { type: 'embed', provider: 'spotify', id: '4rOoJ6Egrf8KSAUHxTYQUd', title: 'Episode seperti di Program' },
  { type: 'embed', provider: 'x', id: '1234567890123456789', title: 'Unggahan BMKG' },
  { type: 'chart', chart: 'bar', datasetId: 2 },
  { type: 'chart', chart: 'line', datasetId: 3 },
]

describe('parseDeskBody', () => {
  it('accepts every desk block as it is', () => {
    expect(parse(every)).toEqual({ ok: true, blocks: every })
  })

  it('refuses a forged block with an extra field instead of dropping the field', () => {
    const result = parse([{ type: 'image', mediaId: 3, alt: 'Foto', src: 'https://evil.example/x.png' }])
    expect(result).toEqual({ ok: false, message: 'Blok ke-1: berisi data yang tidak dikenal.' })
    expect(parse([paragraph('Teks'), { type: 'heading', text: 'Sub', level: 1 }])).toMatchObject({ ok: false, message: /^Blok ke-2/ })
    expect(parse([paragraph('Teks', [{ type: 'bold', from: 0, to: 2, style: 'color:red' }])])).toMatchObject({ ok: false })
  })

  it('refuses types the desk does not write, naming the block', () => {
    for (const type of ['point', 'poll', 'quiz', 'timeline', 'script', 'html']) {
      const result = parse([paragraph('Pembuka'), { type, pollId: 1 }])
      expect(result).toEqual({ ok: false, message: 'Blok ke-2: jenis blok tidak dapat dipakai di meja redaksi.' })
    }
    expect(parse([null])).toMatchObject({ ok: false, message: /^Blok ke-1/ })
    expect(parse(['teks'])).toMatchObject({ ok: false, message: /^Blok ke-1/ })
  })

  it('refuses script and other non-web links, however they are hidden', () => {
    const hrefs = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/',
      '/\\evil.example',
      '\\\\evil.example',
      'https:evil.example',
      'ftp://example.com/',
      'mailto:a@b.c',
      'http://',
      '',
    ]
    for (const href of hrefs) {
      expect(isSafeHref(href), href).toBe(false)
      expect(parse([paragraph('Baca di sini', [{ type: 'link', from: 0, to: 4, href }])]), href).toMatchObject({ ok: false })
    }
    for (const href of ['https://www.bmkg.go.id/', 'http://example.com/a?b=c#d', '/nasional/banjir-jakarta', '/']) {
      expect(isSafeHref(href), href).toBe(true)
    }
  })

  it('refuses marks outside the paragraph or empty ones', () => {
    for (const [from, to] of [
      [0, 6],
      [3, 3],
      [4, 2],
      [-1, 2],
      [0.5, 2],
    ]) {
      expect(parse([paragraph('Halo', [{ type: 'bold', from, to }])]), `${from}-${to}`).toMatchObject({ ok: false, message: /^Blok ke-1/ })
    }
    const many = Array.from({ length: 201 }, (_, i) => ({ type: 'bold', from: i, to: i + 1 }))
    expect(parse([paragraph('x'.repeat(300), many)])).toMatchObject({ ok: false })
  })

  it('refuses oversize input before reading it, and too many blocks', () => {
    expect(parseDeskBody(' '.repeat(DESK_BODY_MAX_CHARS + 1))).toMatchObject({ ok: false, message: /terlalu panjang/ })
    expect(parseDeskBody('[{"type":')).toMatchObject({ ok: false, message: /tidak dapat dibaca/ })
    expect(parseDeskBody('{"type":"paragraph"}')).toMatchObject({ ok: false })
    expect(parse(Array.from({ length: 401 }, () => paragraph('a')))).toMatchObject({ ok: false, message: /400 blok/ })
    expect(parse(Array.from({ length: 400 }, () => paragraph('a')))).toMatchObject({ ok: true })
  })

  it('caps text per block', () => {
    expect(parse([paragraph('a'.repeat(10_000))])).toMatchObject({ ok: true })
    expect(parse([paragraph('a'.repeat(10_001))])).toMatchObject({ ok: false, message: /Blok ke-1: Paragraf paling banyak/ })
    expect(parse([{ type: 'heading', text: 'a'.repeat(301) }])).toMatchObject({ ok: false })
    expect(parse([{ type: 'quote', text: 'a'.repeat(2001) }])).toMatchObject({ ok: false })
    expect(parse([{ type: 'list', ordered: false, items: ['a'.repeat(1001)] }])).toMatchObject({ ok: false })
    expect(parse([{ type: 'list', ordered: false, items: Array.from({ length: 101 }, () => 'a') }])).toMatchObject({ ok: false })
    expect(parse([{ type: 'list', ordered: false, items: [] }])).toMatchObject({ ok: false, message: /kosong/ })
    expect(parse([{ type: 'image', mediaId: 1, alt: 'a', caption: 'a'.repeat(301) }])).toMatchObject({ ok: false })
    expect(parse([{ type: 'embed', provider: 'x', id: '1', title: 'a'.repeat(201) }])).toMatchObject({ ok: false })
  })

  it('cleans control characters and requires the alt text', () => {
    const result = parse([{ type: 'heading', text: 'Sub\u202ejudul\u0007' }])
    expect(result).toEqual({ ok: true, blocks: [{ type: 'heading', text: 'Subjudul' }] })
    expect(parse([{ type: 'image', mediaId: 1, alt: '  ' }])).toEqual({
      ok: false,
      message: 'Blok ke-1: Teks alternatif gambar wajib diisi.',
    })
    expect(parse([{ type: 'image', mediaId: '1', alt: 'Foto' }])).toMatchObject({ ok: false })
    expect(parse([{ type: 'related', articleId: -1 }])).toMatchObject({ ok: false })
  })

  it('keeps marks on the same words when cleaning shortens the text', () => {
    // A bidi override and a decomposed é (e + combining accent) before the bold word.
    const result = parse([
      paragraph('\u202eKafe\u0301 baru buka', [
        { type: 'bold', from: 7, to: 11 },
        { type: 'italic', from: 0, to: 1 },
      ]),
    ])
    expect(result).toEqual({ ok: true, blocks: [{ type: 'paragraph', text: 'Kafé baru buka', marks: [{ type: 'bold', from: 5, to: 9 }] }] })
  })

  it('drops empty paragraphs and refuses an empty body', () => {
    expect(parse([paragraph(''), paragraph('Isi'), paragraph('  ')])).toEqual({ ok: true, blocks: [{ type: 'paragraph', text: 'Isi' }] })
    expect(parse([paragraph('')])).toEqual({ ok: false, message: 'Isi berita masih kosong.' })
    expect(parse([])).toEqual({ ok: false, message: 'Isi berita masih kosong.' })
  })

  it('checks embed ids per provider', () => {
    const bad = [
      ['youtube', 'short'],
      ['youtube', 'M7lc1UVf-VE"><script>'],
      ['spotify', 'album/4rOoJ6Egrf8KSAUHxTYQUd'],
      ['spotify', '../../4rOoJ6Egrf8KSAUHxTYQU'],
      ['x', 'elonmusk'],
      ['x', '1'.repeat(26)],
      ['vimeo', '123'],
    ]
    for (const [provider, id] of bad) expect(parse([{ type: 'embed', provider, id, title: 'Judul' }]), id).toMatchObject({ ok: false })
  })
})

describe('embedFromUrl', () => {
  it('reads YouTube, Spotify and X addresses', () => {
    expect(embedFromUrl('https://www.youtube.com/watch?v=M7lc1UVf-VE&t=30')).toEqual({ provider: 'youtube', id: 'M7lc1UVf-VE' })
    expect(embedFromUrl('https://youtu.be/M7lc1UVf-VE?si=abc')).toEqual({ provider: 'youtube', id: 'M7lc1UVf-VE' })
    expect(embedFromUrl('https://youtube.com/shorts/aqz-KE-bpKQ')).toEqual({ provider: 'youtube', id: 'aqz-KE-bpKQ' })
    expect(embedFromUrl('https://m.youtube.com/watch?v=aqz-KE-bpKQ')).toEqual({ provider: 'youtube', id: 'aqz-KE-bpKQ' })
    expect(embedFromUrl('https://open.spotify.com/episode/4rOoJ6Egrf8KSAUHxTYQUd?si=x')).toEqual({
      provider: 'spotify',
      id: 'episode/4rOoJ6Egrf8KSAUHxTYQUd',
    })
    expect(embedFromUrl('https://open.spotify.com/intl-id/show/2ZUqCs6Xq3t4p5KVQ1uRKN')).toEqual({
      provider: 'spotify',
      id: 'show/2ZUqCs6Xq3t4p5KVQ1uRKN',
    })
    expect(embedFromUrl('https://x.com/infoBMKG/status/1234567890123456789?s=20')).toEqual({ provider: 'x', id: '1234567890123456789' })
    expect(embedFromUrl('https://twitter.com/infoBMKG/status/1234567890')).toEqual({ provider: 'x', id: '1234567890' })
    expect(embedFromUrl(' https://mobile.twitter.com/a/status/42 ')).toEqual({ provider: 'x', id: '42' })
  })

  it('refuses other hosts, schemes and malformed ids', () => {
    for (const url of [
      'https://evil.example/watch?v=M7lc1UVf-VE',
      'https://youtube.com.evil.example/watch?v=M7lc1UVf-VE',
      'javascript:alert(1)',
      'https://www.youtube.com/watch?v=short',
      'https://open.spotify.com/album/4rOoJ6Egrf8KSAUHxTYQUd',
      'https://x.com/infoBMKG',
      'https://x.com/infoBMKG/status/abc',
      'bukan alamat',
      '',
    ]) {
      expect(embedFromUrl(url), url).toBeNull()
    }
  })
})
