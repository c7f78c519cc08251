import 'server-only'
import { and, count, desc, eq, gte, inArray, lte, or, sum } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { getDb } from '../client'
import { type BodyBlock, type ChartKind, type CommentMode, type MediaVariant } from '../schema'
import { articleAuthors, articles, articleTags, articleViews, authors, categories, media, tags } from '../tables'
import { getDatasets, type Dataset } from './datasets'
import { getPolls, type Poll } from './polls'
import { listArticleNotes, type ArticleNote } from './notes'
import type { MediaItem } from './media'

export type ArticleCard = {
  id: number
  slug: string
  title: string
  summary: string
  heroImage: string | null
  /** A hero from the media library (the desk's); when set it takes the place of `heroImage`. */
  heroMedia: { hash: string; variants: MediaVariant[] } | null
  heroAlt: string
  publishedAt: Date
  category: { slug: string; name: string }
  authorName: string | null
}

export type ResolvedBlock =
  | Extract<BodyBlock, { type: 'paragraph' | 'heading' | 'quote' | 'list' | 'embed' }>
  | { type: 'image'; media: MediaItem; alt: string; caption?: string; credit?: string }
  | { type: 'related'; article: ArticleCard }
  | { type: 'point'; heading: string; text: string; source: string; sourceUrl?: string }
  | { type: 'chart'; chart: ChartKind; dataset: Dataset }
  | { type: 'poll'; poll: Poll & { closed: boolean } }
  | Extract<BodyBlock, { type: 'quiz' | 'timeline' }>

export type ArticleDetail = ArticleCard & {
  body: ResolvedBlock[]
  heroCaption: string
  heroCredit: string
  dateline: string
  sourceTag: string | null
  updatedAt: Date | null
  commentMode: CommentMode
  author: { slug: string; name: string; title: string } | null
  /** Co-bylines after the first author, in order. */
  coAuthors: { slug: string; name: string }[]
  editor: { slug: string; name: string } | null
  tags: { slug: string; name: string }[]
  /** Corrections, updates and replies, newest first (db/queries/notes.ts). */
  notes: ArticleNote[]
}

export type Page<T> = { items: T[]; total: number }

const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  heroImage: articles.heroImage,
  heroAlt: articles.heroAlt,
  heroMediaHash: media.hash,
  heroMediaVariants: media.variants,
  heroMediaAlt: media.alt,
  publishedAt: articles.publishedAt,
  categorySlug: categories.slug,
  categoryName: categories.name,
  authorName: authors.name,
}

/** A row of `cardsQuery()`, as drizzle infers it from the columns and joins. */
type CardRow = Awaited<ReturnType<typeof cardsQuery>>[number]

function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    heroImage: row.heroImage,
    heroMedia: row.heroMediaHash && row.heroMediaVariants ? { hash: row.heroMediaHash, variants: row.heroMediaVariants } : null,
    heroAlt: row.heroMediaHash ? (row.heroMediaAlt ?? row.heroAlt) : row.heroAlt,
    // Published articles always have a publication time (see isPublic).
    publishedAt: row.publishedAt ?? new Date(0),
    category: { slug: row.categorySlug, name: row.categoryName },
    authorName: row.authorName,
  }
}

type Kind = (typeof articles.$inferSelect)['kind']

/** Published pieces of a kind (news unless said) whose publication time has come. */
const isPublic = (now: Date, kind: Kind = 'news') =>
  and(eq(articles.kind, kind), eq(articles.status, 'published'), lte(articles.publishedAt, now))

function cardsQuery() {
  return getDb()
    .select(cardColumns)
    .from(articles)
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .leftJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(articles.heroMediaId, media.id))
}

export async function listLatest({
  limit,
  offset = 0,
  categorySlug,
  now = new Date(),
}: {
  limit: number
  offset?: number
  categorySlug?: string
  now?: Date
}): Promise<ArticleCard[]> {
  const where = categorySlug ? and(isPublic(now), eq(categories.slug, categorySlug)) : isPublic(now)
  const rows = await cardsQuery().where(where).orderBy(desc(articles.publishedAt), desc(articles.id)).limit(limit).offset(offset)
  return rows.map(toCard)
}

async function countWhere(categorySlug: string | undefined, now: Date): Promise<number> {
  const where = categorySlug ? and(isPublic(now), eq(categories.slug, categorySlug)) : isPublic(now)
  const [row] = await getDb()
    .select({ n: count() })
    .from(articles)
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .where(where)
    .limit(1)
  return row?.n ?? 0
}

export async function pageOfLatest(
  { categorySlug, page, pageSize }: { categorySlug?: string; page: number; pageSize: number },
  now = new Date(),
): Promise<Page<ArticleCard>> {
  const items = await listLatest({ limit: pageSize, offset: (page - 1) * pageSize, categorySlug, now })
  const total = await countWhere(categorySlug, now)
  return { items, total }
}

export async function pageOfTag(
  { tagSlug, page, pageSize }: { tagSlug: string; page: number; pageSize: number },
  now = new Date(),
): Promise<Page<ArticleCard>> {
  const where = and(isPublic(now), eq(tags.slug, tagSlug))
  const rows = await cardsQuery()
    .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [counted] = await getDb()
    .select({ n: count() })
    .from(articles)
    .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(where)
    .limit(1)
  return { items: rows.map(toCard), total: counted?.n ?? 0 }
}

export async function pageOfAuthor(
  { authorId, page, pageSize }: { authorId: number; page: number; pageSize: number },
  now = new Date(),
): Promise<Page<ArticleCard>> {
  // Lead bylines and co-bylines alike.
  const coBylined = getDb().select({ id: articleAuthors.articleId }).from(articleAuthors).where(eq(articleAuthors.authorId, authorId))
  const where = and(isPublic(now), or(eq(articles.authorId, authorId), inArray(articles.id, coBylined)))
  const rows = await cardsQuery()
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
  const [counted] = await getDb().select({ n: count() }).from(articles).where(where).limit(1)
  return { items: rows.map(toCard), total: counted?.n ?? 0 }
}

export type PopularWindow = '24h' | '7d'
const windowHours: Record<PopularWindow, number> = { '24h': 24, '7d': 24 * 7 }

/** Most-read articles over the last 24 hours or 7 days, from the hourly view counts. */
export async function listPopular(window: PopularWindow, limit: number, now = new Date()): Promise<ArticleCard[]> {
  const currentHour = Math.floor(now.getTime() / 3_600_000)
  const since = currentHour - windowHours[window] + 1
  const views = sum(articleViews.views)
  const rows = await getDb()
    .select({ ...cardColumns, views })
    .from(articleViews)
    .innerJoin(articles, eq(articleViews.articleId, articles.id))
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .leftJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(articles.heroMediaId, media.id))
    .where(and(isPublic(now), gte(articleViews.hour, since), lte(articleViews.hour, currentHour)))
    // Every joined table by its key: PostgreSQL lets a grouped query select only what the keys determine.
    .groupBy(articles.id, categories.id, authors.id, media.id)
    .orderBy(desc(views), desc(articles.publishedAt))
    .limit(limit)
  return rows.map(toCard)
}

const editors = alias(authors, 'editors')

export async function getArticle(categorySlug: string, slug: string, now = new Date()): Promise<ArticleDetail | null> {
  return loadArticle(and(isPublic(now), eq(categories.slug, categorySlug), eq(articles.slug, slug)), now)
}

/**
 * Any article by id whatever its state or publication time, for a signed preview link
 * (lib/server/preview.ts checks the link; this only loads).
 */
export async function getArticlePreview(id: number, now = new Date()): Promise<ArticleDetail | null> {
  return loadArticle(eq(articles.id, id), now)
}

/** The kinds of piece that live in a vertical of their own rather than under /news. */
export type PieceKind = 'pointer' | 'data' | 'interactive'

/** A vertical's piece (a Pointer explainer, a data story, an Interaktif piece) by its slug. */
export async function getPiece(kind: PieceKind, slug: string, now = new Date()): Promise<ArticleDetail | null> {
  return loadArticle(and(isPublic(now, kind), eq(articles.slug, slug)), now)
}

export async function listPieces(
  kind: PieceKind,
  { limit, offset = 0, now = new Date() }: { limit: number; offset?: number; now?: Date },
): Promise<ArticleCard[]> {
  const rows = await cardsQuery()
    .where(isPublic(now, kind))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset)
  return rows.map(toCard)
}

/** What each Interaktif piece is built around (its first poll, quiz or timeline), by id. */
export async function interactiveFormats(ids: number[]): Promise<Map<number, 'poll' | 'quiz' | 'timeline'>> {
  if (ids.length === 0) return new Map()
  const rows = await getDb().select({ id: articles.id, body: articles.body }).from(articles).where(inArray(articles.id, ids))
  return new Map(
    rows.flatMap((row) => {
      const block = row.body.find((b) => b.type === 'poll' || b.type === 'quiz' || b.type === 'timeline')
      return block ? [[row.id, block.type as 'poll' | 'quiz' | 'timeline'] as const] : []
    }),
  )
}

async function loadArticle(where: ReturnType<typeof and>, now: Date): Promise<ArticleDetail | null> {
  const db = getDb()
  const [row] = await db
    .select({
      ...cardColumns,
      body: articles.body,
      heroCaption: articles.heroCaption,
      heroCredit: articles.heroCredit,
      dateline: articles.dateline,
      sourceTag: articles.sourceTag,
      updatedAt: articles.updatedAt,
      commentMode: articles.commentMode,
      authorSlug: authors.slug,
      authorTitle: authors.title,
      editorSlug: editors.slug,
      editorName: editors.name,
    })
    .from(articles)
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .leftJoin(authors, eq(articles.authorId, authors.id))
    .leftJoin(media, eq(articles.heroMediaId, media.id))
    .leftJoin(editors, eq(articles.editorId, editors.id))
    .where(where)
    .limit(1)
  if (!row) return null

  const articleTagRows = await db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(articleTags.tagId, tags.id))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(articleTags.position)
  const coAuthors = await db
    .select({ slug: authors.slug, name: authors.name })
    .from(articleAuthors)
    .innerJoin(authors, eq(articleAuthors.authorId, authors.id))
    .where(eq(articleAuthors.articleId, row.id))
    .orderBy(articleAuthors.position)

  return {
    ...toCard(row),
    body: await resolveBlocks(row.body, now),
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    dateline: row.dateline,
    sourceTag: row.sourceTag,
    updatedAt: row.updatedAt,
    commentMode: row.commentMode,
    author: row.authorSlug && row.authorName ? { slug: row.authorSlug, name: row.authorName, title: row.authorTitle ?? '' } : null,
    editor: row.editorSlug && row.editorName ? { slug: row.editorSlug, name: row.editorName } : null,
    coAuthors,
    tags: articleTagRows,
    notes: await listArticleNotes(row.id),
  }
}

/**
 * Blocks that point at other rows (related articles, images, datasets, polls) get those rows; a
 * link to an unpublished article, or to a missing image, dataset or poll, is dropped.
 */
async function resolveBlocks(blocks: BodyBlock[], now: Date): Promise<ResolvedBlock[]> {
  const ids = (type: 'related' | 'chart' | 'poll') =>
    blocks.flatMap((block) =>
      block.type === type ? [block.type === 'related' ? block.articleId : block.type === 'chart' ? block.datasetId : block.pollId] : [],
    )
  const relatedIds = ids('related')
  const relatedRows = relatedIds.length === 0 ? [] : await cardsQuery().where(and(isPublic(now), inArray(articles.id, relatedIds)))
  const related = new Map(relatedRows.map((row) => [row.id, toCard(row)] as const))
  const datasets = await getDatasets(ids('chart'))
  const polls = await getPolls(ids('poll'))
  const mediaIds = blocks.flatMap((block) => (block.type === 'image' ? [block.mediaId] : []))
  const mediaRows = mediaIds.length === 0 ? [] : await getDb().select().from(media).where(inArray(media.id, mediaIds))
  const images = new Map(mediaRows.map((item): [number, MediaItem] => [item.id, item]))
  return blocks.flatMap((block): ResolvedBlock[] => {
    switch (block.type) {
      case 'related': {
        const article = related.get(block.articleId)
        return article ? [{ type: 'related', article }] : []
      }
      case 'chart': {
        const dataset = datasets.get(block.datasetId)
        return dataset ? [{ type: 'chart', chart: block.chart, dataset }] : []
      }
      case 'poll': {
        const poll = polls.get(block.pollId)
        return poll ? [{ type: 'poll', poll: { ...poll, closed: poll.closesAt !== null && poll.closesAt <= now } }] : []
      }
      case 'image': {
        const item = images.get(block.mediaId)
        return item ? [{ type: 'image', media: item, alt: block.alt, caption: block.caption, credit: block.credit }] : []
      }
      default:
        return [block]
    }
  })
}

/** Paths worth rendering at build time: the most recent articles. */
export async function listRecentArticleParams(limit: number, now = new Date()) {
  return await getDb()
    .select({ category: categories.slug, slug: articles.slug })
    .from(articles)
    .innerJoin(categories, eq(articles.categoryId, categories.id))
    .where(isPublic(now))
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
}
