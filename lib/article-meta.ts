import type { Metadata } from 'next'
import type { ArticleCard, ArticleDetail } from '@/db/queries/articles'
import { getEnv } from './env'
import { toIsoWib } from './format'
import { mediaUrl } from './media/files'
import { articlePath, authorPath } from './paths'

/**
 * When the article last changed for its readers: its own edit, or its newest correction, update
 * or reply, whichever is later (JSON-LD `dateModified`, OpenGraph and the sitemaps).
 */
export function lastModified(article: { publishedAt: Date; updatedAt: Date | null; notes?: { createdAt: Date }[] }): Date {
  const times = [article.publishedAt, article.updatedAt, ...(article.notes ?? []).map((note) => note.createdAt)]
  return new Date(Math.max(...times.flatMap((time) => (time ? [time.getTime()] : []))))
}

const absolute = (path: string) => `${getEnv().SITE_URL}${path}`

/** The site path of an article's hero as one JPEG (for cards of other sites, feeds, JSON-LD), or null. */
export function heroPath(article: Pick<ArticleCard, 'heroImage' | 'heroMedia'>): string | null {
  const variant = article.heroMedia?.variants.find((v) => v.aspect === '16x9') ?? article.heroMedia?.variants[0]
  if (article.heroMedia && variant) {
    return mediaUrl({ hash: article.heroMedia.hash, aspect: variant.aspect, width: Math.max(...variant.widths), format: 'jpg' })
  }
  return article.heroImage
}

/** Title, description, canonical, OpenGraph and Twitter card of an article. */
/** Metadata of an article or a vertical's piece; `path` is where it lives. */
export function articleMetadata(article: ArticleDetail, path = articlePath(article)): Metadata {
  const hero = heroPath(article)
  const images = hero ? [{ url: absolute(hero), width: 1200, height: 675, alt: article.heroAlt }] : undefined
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: path },
    robots: { index: true, follow: true, 'max-image-preview': 'large' },
    openGraph: {
      type: 'article',
      url: path,
      title: article.title,
      description: article.summary,
      siteName: 'FAKTA.COM',
      locale: 'id_ID',
      publishedTime: toIsoWib(article.publishedAt),
      modifiedTime: toIsoWib(lastModified(article)),
      section: article.category.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.author ? [article.author, ...article.coAuthors].map((person) => absolute(authorPath(person.slug))) : undefined,
      images,
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.summary, images },
  }
}

/** schema.org NewsArticle with times in WIB (+07:00). */
export function newsArticleJsonLd(article: ArticleDetail) {
  const url = absolute(articlePath(article))
  const hero = heroPath(article)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.title,
    description: article.summary,
    image: hero ? [absolute(hero)] : undefined,
    datePublished: toIsoWib(article.publishedAt),
    dateModified: toIsoWib(lastModified(article)),
    articleSection: article.category.name,
    keywords: article.tags.map((tag) => tag.name).join(', '),
    inLanguage: 'id-ID',
    author: article.author
      ? [article.author, ...article.coAuthors].map((person) => ({
          '@type': 'Person',
          name: person.name,
          url: absolute(authorPath(person.slug)),
        }))
      : undefined,
    editor: article.editor ? { '@type': 'Person', name: article.editor.name } : undefined,
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: 'FAKTA.COM',
      url: absolute('/'),
      logo: { '@type': 'ImageObject', url: absolute('/logo.png'), width: 512, height: 512 },
    },
  }
}
