import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { pageOfAuthor, pageOfLatest, pageOfTag } from '@/db/queries/articles'
import { getAuthor, getCategory, getTag } from '@/db/queries/taxonomy'
import { PAGE_SIZE } from '@/lib/pagination'
import { authorPath, categoryPath, newsPath, tagPath } from '@/lib/paths'
import { isValidSlug } from '@/lib/slug'
import { t } from '@/lib/strings'
import { Listing } from './listing'

// Each list has the same shape twice (its first page and its /page/N pages), so the page files
// stay one-liners and the loading lives here.

const withPage = (title: string, page: number) => (page > 1 ? `${title} - ${t.page(page)}` : title)

export function newsMetadata(page: number): Metadata {
  return { title: withPage(t.allNews, page), description: t.siteDescription, alternates: { canonical: newsPath(page) } }
}

export function NewsListing({ page }: { page: number }) {
  return (
    <Listing
      crumbs={[{ href: '/news', label: t.news }]}
      title={t.allNews}
      result={pageOfLatest({ page, pageSize: PAGE_SIZE })}
      page={page}
      href={newsPath}
    />
  )
}

const categoryOf = (slug: string) => (isValidSlug(slug) ? getCategory(slug) : null)

export function categoryMetadata(slug: string, page: number): Metadata {
  const category = categoryOf(slug)
  if (!category) return {}
  return {
    title: withPage(`Berita ${category.name}`, page),
    description: category.description,
    alternates: { canonical: categoryPath(slug, page) },
  }
}

export function CategoryListing({ slug, page }: { slug: string; page: number }) {
  const category = categoryOf(slug)
  if (!category) notFound()
  return (
    <Listing
      crumbs={[
        { href: '/news', label: t.news },
        { href: categoryPath(category.slug), label: category.name },
      ]}
      title={category.name}
      description={category.description}
      result={pageOfLatest({ categorySlug: category.slug, page, pageSize: PAGE_SIZE })}
      page={page}
      href={(n) => categoryPath(category.slug, n)}
    />
  )
}

const tagOf = (slug: string) => (isValidSlug(slug) ? getTag(slug) : null)

export function tagMetadata(slug: string, page: number): Metadata {
  const tag = tagOf(slug)
  if (!tag) return {}
  return { title: withPage(t.tagTitle(tag.name), page), alternates: { canonical: tagPath(slug, page) } }
}

export function TagListing({ slug, page }: { slug: string; page: number }) {
  const tag = tagOf(slug)
  if (!tag) notFound()
  return (
    <Listing
      crumbs={[{ href: tagPath(tag.slug), label: `#${tag.name}` }]}
      title={tag.name}
      description={t.tagTitle(tag.name)}
      result={pageOfTag({ tagSlug: tag.slug, page, pageSize: PAGE_SIZE })}
      page={page}
      href={(n) => tagPath(tag.slug, n)}
    />
  )
}

const authorOf = (slug: string) => (isValidSlug(slug) ? getAuthor(slug) : null)

export function authorMetadata(slug: string, page: number): Metadata {
  const author = authorOf(slug)
  if (!author) return {}
  return {
    title: withPage(author.name, page),
    description: author.bio || t.authorArticles(author.name),
    alternates: { canonical: authorPath(slug, page) },
  }
}

export function AuthorListing({ slug, page }: { slug: string; page: number }) {
  const author = authorOf(slug)
  if (!author) notFound()
  return (
    <Listing
      crumbs={[{ href: authorPath(author.slug), label: author.name }]}
      title={author.name}
      description={[author.title, author.bio].filter(Boolean).join(' · ')}
      result={pageOfAuthor({ authorId: author.id, page, pageSize: PAGE_SIZE })}
      page={page}
      href={(n) => authorPath(author.slug, n)}
    />
  )
}
