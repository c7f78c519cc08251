import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { getEnv } from '@/lib/env'
import { renderToHtml, staticAssets } from '@/lib/server/static-render'
import { t } from '@/lib/strings'
import { NotFound, notFoundMetadata } from './not-found'
import { SiteBody } from './site-body'
import { TakedownNotice, takedownMetadata } from './takedown-notice'

const absolute = (url: string | URL) => new URL(url, getEnv().SITE_URL).toString()
const list = <T,>(value: T | T[] | null | undefined): T[] => (value == null ? [] : Array.isArray(value) ? value : [value])

type OpenGraph = {
  type?: string
  url?: string | URL
  title?: string
  description?: string
  siteName?: string
  locale?: string
  publishedTime?: string
  modifiedTime?: string
  section?: string
  tags?: string | string[]
  authors?: string | string[]
  images?: { url: string | URL; width?: number; height?: number; alt?: string }[]
}

/** The head a static page writes itself: the same tags Next writes for the page's Metadata. */
function Head({ metadata }: { metadata: Metadata }) {
  const title =
    typeof metadata.title === 'string'
      ? `${metadata.title} | FAKTA.COM`
      : metadata.title && 'absolute' in metadata.title
        ? metadata.title.absolute
        : t.siteTitle
  const index = !(typeof metadata.robots === 'object' && metadata.robots?.index === false)
  const feeds = Object.values(metadata.alternates?.types ?? {}).flatMap((value) =>
    typeof value === 'string' || value instanceof URL
      ? [{ url: value, title: 'FAKTA.COM' }]
      : list(value).map((feed) => ({ url: feed.url, title: feed.title ?? 'FAKTA.COM' })),
  )
  const og = (metadata.openGraph ?? {}) as OpenGraph
  const canonical = metadata.alternates?.canonical
  const { stylesheets, fonts, islands } = staticAssets()
  const property = (name: string, content: string | number | undefined) =>
    content === undefined ? null : <meta key={`${name}${content}`} property={name} content={String(content)} />
  const image = og.images?.[0]
  // Not a Next page: the head is ours, and a module script runs after the document is parsed.
  return (
    // eslint-disable-next-line @next/next/no-head-element
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      {stylesheets.map((href) => (
        <link key={href} rel="stylesheet" href={href} />
      ))}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      {islands && <script type="module" src={islands} />}
      {fonts.map((href) => (
        <link key={href} rel="preload" as="font" type="font/woff2" href={href} crossOrigin="" fetchPriority="low" />
      ))}
      {metadata.description && <meta name="description" content={metadata.description} />}
      <meta name="application-name" content="FAKTA.COM" />
      <meta name="robots" content={index ? 'index, follow, max-image-preview:large' : 'noindex'} />
      <meta name="theme-color" content="#c40f2b" />
      {canonical && <link rel="canonical" href={absolute(canonical as string)} />}
      {(feeds.length > 0 ? feeds : [{ url: '/rss.xml', title: 'FAKTA.COM' }]).map((feed) => (
        <link key={String(feed.url)} rel="alternate" type="application/rss+xml" title={feed.title} href={absolute(feed.url)} />
      ))}
      {property('og:title', og.title)}
      {property('og:description', og.description)}
      {property('og:url', og.url && absolute(og.url))}
      {property('og:site_name', og.siteName ?? 'FAKTA.COM')}
      {property('og:locale', og.locale ?? 'id_ID')}
      {image && property('og:image', absolute(image.url))}
      {image && property('og:image:width', image.width)}
      {image && property('og:image:height', image.height)}
      {image && property('og:image:alt', image.alt)}
      {property('og:type', og.type ?? 'website')}
      {property('article:published_time', og.publishedTime)}
      {property('article:modified_time', og.modifiedTime)}
      {property('article:section', og.section)}
      {list(og.authors).map((author) => property('article:author', author))}
      {list(og.tags).map((tag) => property('article:tag', tag))}
      <meta name="twitter:card" content="summary_large_image" />
      {og.title && <meta name="twitter:title" content={og.title} />}
      {og.description && <meta name="twitter:description" content={og.description} />}
      {image && <meta name="twitter:image" content={absolute(image.url)} />}
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
    </head>
  )
}

/**
 * A reading page's whole document when rendered to static HTML (docs/decisions/013): the root
 * layout's frame (skip link, header, content, footer) with the head written from the page's
 * Metadata.
 */
export function StaticDocument({ metadata, children }: { metadata: Metadata; children: ReactNode }) {
  return (
    <html lang="id">
      <Head metadata={metadata} />
      <SiteBody>{children}</SiteBody>
    </html>
  )
}

type PageProps<P> = { params: Promise<P> }
type PageMetadata<P> = Metadata | ((props: PageProps<P>) => Metadata | Promise<Metadata>)

const html = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } })

/** Whether an error is the one `notFound()` throws. */
const isNotFound = (error: unknown) =>
  typeof error === 'object' && error !== null && String((error as { digest?: unknown }).digest).endsWith(';404')

/**
 * The GET handler of a reading page's static twin (app/baca/): the App Router page's own component
 * and metadata rendered to HTML in the site's frame; its `notFound()` becomes the 404 page.
 */
export function staticPage<P>(Page: (props: PageProps<P>) => ReactNode | Promise<ReactNode>, metadata: PageMetadata<P>) {
  return async function GET(_request: Request, { params }: PageProps<P>): Promise<Response> {
    const props = { params: Promise.resolve(((await params) ?? {}) as P) }
    try {
      const head = typeof metadata === 'function' ? await metadata(props) : metadata
      const PageBody = Page as (props: PageProps<P>) => ReactNode
      return html(
        await renderToHtml(
          <StaticDocument metadata={head}>
            <PageBody {...props} />
          </StaticDocument>,
        ),
        200,
      )
    } catch (error) {
      if (!isNotFound(error)) throw error
      return html(await renderToHtml(<StaticDocument metadata={notFoundMetadata}>{<NotFound />}</StaticDocument>), 404)
    }
  }
}

/** A taken-down article's notice as a static page, answered 410 Gone (docs/decisions/019). */
export async function staticGone(takedown: { takenDownAt: Date; reason: string | null }): Promise<Response> {
  const body = await renderToHtml(
    <StaticDocument metadata={takedownMetadata}>
      <TakedownNotice {...takedown} />
    </StaticDocument>,
  )
  return new Response(body, { status: 410, headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Robots-Tag': 'noindex' } })
}
