import { describe, expect, it } from 'vitest'
import { rss, xml } from './xml'

describe('xml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xml(`<a href="x">'Tom' & Jerry</a>\u0000\u0008`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;Tom&apos; &amp; Jerry&lt;/a&gt;')
  })

  it('builds an RSS document with escaped items', () => {
    const doc = rss({
      title: 'FAKTA',
      url: 'https://fakta.example',
      description: 'Berita',
      items: [
        {
          title: 'A & B <c>',
          url: 'https://fakta.example/news/a',
          summary: 's',
          publishedAt: new Date('2024-07-11T12:30:00Z'),
          category: 'Nasional',
          image: null,
        },
      ],
    })
    expect(doc).toContain('<title>A &amp; B &lt;c&gt;</title>')
    expect(doc).toContain('<pubDate>Thu, 11 Jul 2024 12:30:00 GMT</pubDate>')
    expect(doc.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
  })
})
