import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ArticleBody } from './article-body'
import type { ResolvedBlock } from '@/db/queries/articles'
import type { MediaItem } from '@/db/queries/media'
import { renderToHtml } from '@/lib/server/static-render'

const media: MediaItem = {
  id: 3,
  hash: 'abc123',
  width: 1600,
  height: 900,
  mime: 'image/jpeg',
  bytes: 1000,
  alt: 'Teks alternatif pustaka',
  caption: null,
  credit: null,
  focusX: 0.5,
  focusY: 0.5,
  variants: [{ aspect: 'full', widths: [320, 640], width: 640, height: 360 }],
  uploadedBy: null,
  createdAt: new Date(0),
}

const every: ResolvedBlock[] = [
  {
    type: 'paragraph',
    text: 'Hujan deras di Jakarta sejak pagi.',
    marks: [
      { type: 'bold', from: 0, to: 11 },
      { type: 'italic', from: 6, to: 22 },
      { type: 'link', from: 15, to: 22, href: '/nasional/banjir' },
    ],
  },
  { type: 'heading', text: 'Banjir di hilir' },
  { type: 'quote', text: 'Kami siaga.', cite: 'Kepala BPBD' },
  { type: 'list', ordered: false, items: ['Satu', 'Dua'] },
  { type: 'list', ordered: true, items: ['Pertama'] },
  { type: 'image', media, alt: 'Warga mengungsi', caption: 'Pengungsian', credit: 'FAKTA/Ari' },
  { type: 'embed', provider: 'x', id: '1234567890', title: 'Unggahan BMKG' },
  { type: 'embed', provider: 'spotify', id: '4rOoJ6Egrf8KSAUHxTYQUd', title: 'Siniar' },
  {
    type: 'paragraph',
    text: 'Sumber resmi dan sumber palsu.',
    marks: [
      { type: 'link', from: 0, to: 12, href: 'https://bmkg.go.id/' },
      { type: 'link', from: 17, to: 29, href: 'javascript:alert(1)' },
    ],
  },
]

const render = (blocks: ResolvedBlock[]) => renderToStaticMarkup(<ArticleBody blocks={blocks} dateline="Jakarta" sourceTag="Antara" />)

describe('ArticleBody', () => {
  it('renders overlapping marks and links inside the dateline and source tag', () => {
    const html = render(every)
    expect(html).toContain(
      '<p class="mb-5 whitespace-pre-line"><strong class="font-sans text-[0.95em] font-bold">FAKTA.COM, Jakarta - </strong>' +
        '<strong>Hujan </strong><strong><em>deras</em></strong><em> di </em>' +
        '<a class="text-brand underline underline-offset-2 hover:text-brand-dark" href="/nasional/banjir"><em>Jakarta</em></a>' +
        ' sejak pagi.</p>',
    )
    expect(html).toContain('<a href="https://bmkg.go.id/" rel="noopener"')
    expect(html).toMatch(/sumber palsu\. \(Antara\)<\/p>/)
  })

  it('never makes a script link, even from a stored block', () => {
    const html = render([
      ...every,
      {
        type: 'paragraph',
        text: 'abc',
        marks: [
          { type: 'link', from: 0, to: 1, href: ' javascript:alert(1)' },
          { type: 'link', from: 1, to: 2, href: 'data:text/html,x' },
          { type: 'link', from: 2, to: 3, href: '//evil.example' },
          { type: 'bold', from: 2, to: 99 },
        ],
      },
    ])
    expect(html).not.toMatch(/javascript:|data:text|evil\.example/)
    expect(html).toContain('</a> dan sumber palsu.')
  })

  it('renders headings, quotes, lists and figures', () => {
    const html = render(every)
    expect(html).toMatch(/<h2 [^>]*>Banjir di hilir<\/h2>/)
    expect(html).toMatch(
      /<blockquote [^>]*><p [^>]*>Kami siaga\.<\/p><footer [^>]*>— <cite [^>]*>Kepala BPBD<\/cite><\/footer><\/blockquote>/,
    )
    expect(html).toMatch(/<ul [^>]*><li>Satu<\/li><li>Dua<\/li><\/ul>/)
    expect(html).toMatch(/<ol [^>]*><li>Pertama<\/li><\/ol>/)
    expect(html).toMatch(
      /<figure [^>]*><picture>.*alt="Warga mengungsi".*loading="lazy".*<\/picture><figcaption [^>]*>Pengungsian <span>\(FAKTA\/Ari\)<\/span><\/figcaption><\/figure>/,
    )
    expect(html).toContain('sizes="(min-width: 1024px) 720px, 100vw"')
  })

  it('loads nothing from X or Spotify until the reader asks', async () => {
    const html = render(every)
    expect(html).not.toContain('<iframe')
    expect(html).not.toContain('platform.twitter.com')
    expect(html).toContain('Unggahan BMKG')
    expect(html).toContain('href="https://x.com/i/status/1234567890"')
    expect(html).toContain('href="https://open.spotify.com/episode/4rOoJ6Egrf8KSAUHxTYQUd"')
    // A static page carries the player's address for the island, still without a frame.
    const page = await renderToHtml(<ArticleBody blocks={every} dateline="Jakarta" sourceTag={null} />)
    expect(page).not.toContain('<iframe')
    expect(page).toContain(
      'data-island="player" data-src="https://platform.twitter.com/embed/Tweet.html?id=1234567890&amp;dnt=true&amp;lang=id"',
    )
    expect(page).toContain('data-src="https://open.spotify.com/embed/episode/4rOoJ6Egrf8KSAUHxTYQUd"')
  })

  it('renders stored text as text', () => {
    const html = render([
      { type: 'heading', text: '<script>alert(1)</script>' },
      { type: 'paragraph', text: '<img src=x onerror=alert(2)>' },
    ])
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img src=x')
  })
})
