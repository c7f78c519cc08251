import 'server-only'
import { and, desc, eq, lte, max } from 'drizzle-orm'
import { getDb, transaction } from '../client'
import { type NoteKind } from '../schema'
import { articleNotes, articles, categories } from '../tables'
import { audit, type Actor, type ArticleRef } from './moderation'

export type ArticleNote = { id: number; kind: NoteKind; text: string; createdAt: Date }

export type ListedNote = ArticleNote & { article: { id: number; slug: string; title: string; category: { slug: string } } }

/** A news article a note may be added to: published, and already out (not scheduled for later). */
export async function getNotableArticle(articleId: number, now = new Date()): Promise<(ArticleRef & { title: string }) | null> {
  const row = (
    await getDb()
      .select({ id: articles.id, slug: articles.slug, title: articles.title, category: categories.slug })
      .from(articles)
      .innerJoin(categories, eq(articles.categoryId, categories.id))
      .where(and(eq(articles.id, articleId), eq(articles.kind, 'news'), eq(articles.status, 'published'), lte(articles.publishedAt, now)))
      .limit(1)
  )[0]
  return row ? { id: row.id, slug: row.slug, title: row.title, category: { slug: row.category } } : null
}

/** Writes the note and its audit entry together: a note is never without its record. */
export async function addArticleNote(article: { id: number; title: string }, kind: NoteKind, text: string, actor: Actor, now = new Date()) {
  return transaction(
    async () => {
      const tx = getDb()
      const note = (
        await tx.insert(articleNotes).values({ articleId: article.id, kind, text, createdBy: actor.id, createdAt: now }).returning()
      )[0]
      await audit(tx, actor, [{ action: `article.note.${kind}`, targetType: 'article', targetId: article.id, reason: text.slice(0, 200) }])
      return note
    },
    { immediate: true },
  )
}

/** An article's notes, newest first (ties by id, so two notes in one millisecond keep their order). */
export async function listArticleNotes(articleId: number): Promise<ArticleNote[]> {
  return await getDb()
    .select({ id: articleNotes.id, kind: articleNotes.kind, text: articleNotes.text, createdAt: articleNotes.createdAt })
    .from(articleNotes)
    .where(eq(articleNotes.articleId, articleId))
    .orderBy(desc(articleNotes.createdAt), desc(articleNotes.id))
}

/** Every note on a public article, newest first: the page /koreksi and the staff list. */
export async function listNotes({ limit, now = new Date() }: { limit: number; now?: Date }): Promise<ListedNote[]> {
  return (
    await getDb()
      .select({
        id: articleNotes.id,
        kind: articleNotes.kind,
        text: articleNotes.text,
        createdAt: articleNotes.createdAt,
        articleId: articles.id,
        slug: articles.slug,
        title: articles.title,
        category: categories.slug,
      })
      .from(articleNotes)
      .innerJoin(articles, eq(articleNotes.articleId, articles.id))
      .innerJoin(categories, eq(articles.categoryId, categories.id))
      .where(and(eq(articles.kind, 'news'), eq(articles.status, 'published'), lte(articles.publishedAt, now)))
      .orderBy(desc(articleNotes.createdAt), desc(articleNotes.id))
      .limit(limit)
  ).map((row) => ({
    id: row.id,
    kind: row.kind,
    text: row.text,
    createdAt: row.createdAt,
    article: { id: row.articleId, slug: row.slug, title: row.title, category: { slug: row.category } },
  }))
}

/** The time of each article's newest note, for `lastmod` in the sitemaps. */
export async function latestNoteTimes(): Promise<Map<number, Date>> {
  const rows = await getDb()
    .select({ articleId: articleNotes.articleId, latest: max(articleNotes.createdAt) })
    .from(articleNotes)
    .groupBy(articleNotes.articleId)
  return new Map(rows.flatMap((row) => (row.latest ? [[row.articleId, new Date(row.latest)] as const] : [])))
}
