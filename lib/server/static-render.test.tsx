import { describe, expect, it } from 'vitest'
import { isStaticRender, renderToHtml } from './static-render'

async function Slow({ text }: { text: string }) {
  await new Promise((resolve) => setTimeout(resolve, 5))
  return <p title={text}>{text}</p>
}

function Mode() {
  return <span>{isStaticRender() ? 'static' : 'app'}</span>
}

describe('renderToHtml', () => {
  it('awaits async components and writes a whole document', async () => {
    const html = await renderToHtml(
      <html lang="id">
        <body>
          <Slow text="satu" />
          <Mode />
        </body>
      </html>,
    )
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).toContain('<p title="satu">satu</p>')
    expect(html).toContain('<span>static</span>')
  })

  it('renders hostile text and attributes as text', async () => {
    const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    const html = await renderToHtml(
      <html lang="id">
        <body>
          <Slow text={hostile} />
          <a href="/x" data-title={hostile}>
            {hostile}
          </a>
        </body>
      </html>,
    )
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;')
  })

  it('is the App Router render outside it', () => {
    expect(isStaticRender()).toBe(false)
  })
})
