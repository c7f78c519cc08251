/** Escapes text for XML content and attributes; drops characters XML 1.0 does not allow. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export type FeedItem = { title: string; url: string; summary: string; publishedAt: Date; category: string; image: string | null }

/** An RSS 2.0 document. */
export function rss({ title, url, description, items }: { title: string; url: string; description: string; items: FeedItem[] }): string {
  const entries = items
    .map(
      (item) => `    <item>
      <title>${xml(item.title)}</title>
      <link>${xml(item.url)}</link>
      <guid isPermaLink="true">${xml(item.url)}</guid>
      <description>${xml(item.summary)}</description>
      <category>${xml(item.category)}</category>
      <pubDate>${item.publishedAt.toUTCString()}</pubDate>${item.image ? `\n      <enclosure url="${xml(item.image)}" type="image/jpeg" length="0"/>` : ''}
    </item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xml(title)}</title>
    <link>${xml(url)}</link>
    <description>${xml(description)}</description>
    <language>id</language>
    <atom:link href="${xml(`${url.replace(/\/$/, '')}/rss.xml`)}" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`
}

export const xmlResponse = (body: string, type = 'application/xml') =>
  new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'public, s-maxage=300' } })
