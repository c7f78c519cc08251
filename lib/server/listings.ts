import 'server-only'
import type { Metadata } from 'next'
import { pageOfAuthor, pageOfLatest, pageOfTag, type ArticleCard, type Page } from '@/db/queries/articles'
import { getAuthor, getCategory, getTag } from '@/db/queries/taxonomy'
import { PAGE_SIZE } from '@/lib/pagination'
import { authorPath, categoryPath, newsPath, tagPath } from '@/lib/paths'
import { isValidSlug } from '@/lib/slug'
import { t } from '@/lib/strings'

// The lists of news (all, by category, by tag, by author): each has the same shape on its first
// page and on its /page/N pages, so their routes are made by one factory
// (components/listings.tsx) from what is loaded here.

export type ListKind = 'news' | 'category' | 'tag' | 'author'

export type ListPage = {
  crumbs: { href: string; label: string }[]
  title: string
  description?: string
  result: Page<ArticleCard>
  href: (page: number) => string
}

type List = {
  /** The address of page `page` of the list named `slug`. */
  path: (slug: string, page?: number) => string
  metadata: (slug: string, page: number) => Promise<Metadata>
  /** Page `page` of the list, or null when there is no such list. */
  load: (slug: string, page: number) => Promise<ListPage | null>
}

const withPage = (title: string, page: number) => (page > 1 ? `${title} - ${t.page(page)}` : title)
const named =
  <T>(get: (slug: string) => Promise<T | null>) =>
  async (slug: string): Promise<T | null> =>
    isValidSlug(slug) ? get(slug) : null
const categoryOf = named(getCategory)
const tagOf = named(getTag)
const authorOf = named(getAuthor)

const lists: Record<ListKind, List> = {
  news: {
    path: (_slug, page) => newsPath(page),
    metadata: async (_slug, page) => ({
      title: withPage(t.allNews, page),
      description: t.siteDescription,
      alternates: { canonical: newsPath(page) },
    }),
    load: async (_slug, page) => ({
      crumbs: [{ href: '/news', label: t.news }],
      title: t.allNews,
      result: await pageOfLatest({ page, pageSize: PAGE_SIZE }),
      href: newsPath,
    }),
  },
  category: {
    path: categoryPath,
    metadata: async (slug, page) => {
      const category = await categoryOf(slug)
      if (!category) return {}
      return {
        title: withPage(`Berita ${category.name}`, page),
        description: category.description,
        alternates: { canonical: categoryPath(slug, page) },
      }
    },
    load: async (slug, page) => {
      const category = await categoryOf(slug)
      if (!category) return null
      return {
        crumbs: [
          { href: '/news', label: t.news },
          { href: categoryPath(category.slug), label: category.name },
        ],
        title: category.name,
        description: category.description,
        result: await pageOfLatest({ categorySlug: category.slug, page, pageSize: PAGE_SIZE }),
        href: (n) => categoryPath(category.slug, n),
      }
    },
  },
  tag: {
    path: tagPath,
    metadata: async (slug, page) => {
      const tag = await tagOf(slug)
      if (!tag) return {}
      return { title: withPage(t.tagTitle(tag.name), page), alternates: { canonical: tagPath(slug, page) } }
    },
    load: async (slug, page) => {
      const tag = await tagOf(slug)
      if (!tag) return null
      return {
        crumbs: [{ href: tagPath(tag.slug), label: `#${tag.name}` }],
        title: tag.name,
        description: t.tagTitle(tag.name),
        result: await pageOfTag({ tagSlug: tag.slug, page, pageSize: PAGE_SIZE }),
        href: (n) => tagPath(tag.slug, n),
      }
    },
  },
  author: {
    path: authorPath,
    metadata: async (slug, page) => {
      const author = await authorOf(slug)
      if (!author) return {}
      return {
        title: withPage(author.name, page),
        description: author.bio || t.authorArticles(author.name),
        alternates: { canonical: authorPath(slug, page) },
      }
    },
    load: async (slug, page) => {
      const author = await authorOf(slug)
      if (!author) return null
      return {
        crumbs: [{ href: authorPath(author.slug), label: author.name }],
        title: author.name,
        description: [author.title, author.bio].filter(Boolean).join(' · '),
        result: await pageOfAuthor({ authorId: author.id, page, pageSize: PAGE_SIZE }),
        href: (n) => authorPath(author.slug, n),
      }
    },
  },
}

export const listPath = (kind: ListKind, slug: string, page = 1) => lists[kind].path(slug, page)
export const listMetadata = (kind: ListKind, slug: string, page: number) => lists[kind].metadata(slug, page)
export const loadList = (kind: ListKind, slug: string, page: number) => lists[kind].load(slug, page)
