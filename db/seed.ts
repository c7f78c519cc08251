// Demo content: the seed article verbatim, its related article, a newsroom's worth of news across
// every category, authors, tags, approved comments, ad slots and a week of view counts.
import crypto from 'node:crypto'
import { and, asc, eq } from 'drizzle-orm'
import { hashPassword } from '@/lib/auth/password'
import type { Db, DbOrTx } from './client'
import {
  articleRevisions,
  articles,
  articleTags,
  categories,
  episodes,
  programs,
  settings,
  users,
  wordLists,
  type ArticleSnapshot,
  type BodyBlock,
} from './schema'
import { demoArticles, demoAuthors, demoComments, demoPublication, seedArticleSlug } from './seed/news-data'
import type { CategorySlug } from './seed/types'
import { demoPrograms } from './seed/program-data'
import { demoDataStories } from './seed/data-stories'
import { demoInteractives } from './seed/interactive-data'
import { demoJobs, demoPointers } from './seed/vertical-data'
import type { DemoPieceBase } from './seed/vertical-types'
import {
  addViewsAt,
  createAdSlot,
  createArticle,
  createAuthor,
  createCategory,
  createComment,
  createDataset,
  createJob,
  createPoll,
  createUser,
  tagArticle,
} from './seed/factories'

export const demoCategories: { slug: CategorySlug; name: string; description: string }[] = [
  { slug: 'nasional', name: 'Nasional', description: 'Peristiwa dan kebijakan dari seluruh Indonesia.' },
  { slug: 'internasional', name: 'Internasional', description: 'Kabar dunia dan diplomasi.' },
  { slug: 'ekonomi', name: 'Ekonomi', description: 'Makro, pasar, bisnis, dan keuangan rumah tangga.' },
  { slug: 'politik', name: 'Politik', description: 'Pemerintahan, partai, dan pemilihan.' },
  { slug: 'hukum', name: 'Hukum', description: 'Peradilan, penegakan hukum, dan antikorupsi.' },
  { slug: 'olahraga', name: 'Olahraga', description: 'Sepak bola, bulu tangkis, dan olahraga dunia.' },
  { slug: 'teknologi', name: 'Teknologi', description: 'Digital, keamanan siber, dan inovasi.' },
  { slug: 'kesehatan', name: 'Kesehatan', description: 'Kesehatan publik, layanan, dan gaya hidup sehat.' },
]

export const demoAdSlots = [
  { key: 'leaderboard', name: 'Leaderboard', width: 728, height: 90 },
  { key: 'sidebar', name: 'Sidebar', width: 300, height: 250 },
]

/** Starting word lists; the newsroom edits them in the staff settings. */
export const demoWords = {
  banned: ['bangsat', 'bajingan', 'keparat', 'goblok', 'tolol', 'kontol', 'memek', 'ngentot'],
  suspect: ['slot gacor', 'judi online', 'togel', 'pinjol', 'antek asing', 'cebong', 'kadrun', 'kafir'],
}

/** Deterministic pseudo-random numbers, so every seeded database looks the same. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

export function isSeeded(db: Db): boolean {
  return db.select({ id: articles.id }).from(articles).where(eq(articles.slug, seedArticleSlug)).get() != null
}

export function isEmpty(db: Db): boolean {
  return db.select({ id: articles.id }).from(articles).limit(1).get() == null
}

/** Fills an empty database with the demo content; does nothing when it is already there. */
export function seedDemo(db: Db, now = new Date()): { seeded: boolean; articles: number } {
  if (isSeeded(db)) return { seeded: false, articles: 0 }

  db.transaction(
    (tx) => {
      const database = tx
      const categoryIds = new Map<string, number>()
      demoCategories.forEach((category, position) => {
        const existing = tx.select().from(categories).where(eq(categories.slug, category.slug)).get()
        categoryIds.set(category.slug, existing?.id ?? createCategory(database, { ...category, position }).id)
      })
      const authorIds = new Map(demoAuthors.map((author) => [author.slug, createAuthor(database, author).id]))
      // The desk's record of who created the news: the demo editor when that account exists already.
      const createdBy = tx.select({ id: users.id }).from(users).where(eq(users.email, demoEditorEmail)).get()?.id ?? null

      const articleIds = new Map<string, number>()
      for (const demo of demoArticles) {
        const article = createArticle(database, {
          kind: 'news',
          slug: demo.slug,
          categoryId: must(categoryIds.get(demo.category), demo.category),
          title: demo.title,
          summary: demo.summary,
          body: [],
          heroImage: `/images/${demo.hero.image}.jpg`,
          heroAlt: demo.hero.alt,
          heroCaption: demo.hero.caption,
          heroCredit: demo.hero.credit,
          dateline: demo.city,
          sourceTag: demo.sourceTag ?? null,
          authorId: must(authorIds.get(demo.author), demo.author),
          editorId: must(authorIds.get(demo.editor), demo.editor),
          status: 'published',
          createdBy,
          ...demoPublication(demo, now),
        })
        articleIds.set(demo.slug, article.id)
        tagArticle(database, article.id, demo.tags)
      }

      // Bodies go in once every article has an id, since "Baca juga" links point at ids.
      for (const demo of demoArticles) {
        const body: BodyBlock[] = demo.body.map((block) =>
          typeof block === 'string'
            ? { type: 'paragraph', text: block }
            : { type: 'related', articleId: must(articleIds.get(block.related), block.related) },
        )
        tx.update(articles)
          .set({ body })
          .where(eq(articles.id, must(articleIds.get(demo.slug), demo.slug)))
          .run()
      }
      // Each news article starts the desk's history with its first revision, as migration 0013
      // gives the news of an existing database.
      for (const articleId of articleIds.values()) firstRevision(tx, articleId)

      // Pointer explainers, data stories and Interaktif pieces share the article's fields.
      const createPiece = (kind: 'pointer' | 'data' | 'interactive', demo: DemoPieceBase, body: BodyBlock[]) => {
        const piece = createArticle(database, {
          kind,
          slug: demo.slug,
          categoryId: must(categoryIds.get(demo.category), demo.category),
          title: demo.title,
          summary: demo.summary,
          body: [...body, ...demo.related.map((slug) => ({ type: 'related' as const, articleId: must(articleIds.get(slug), slug) }))],
          heroImage: `/images/${demo.hero.image}.jpg`,
          heroAlt: demo.hero.alt,
          heroCaption: demo.hero.caption,
          heroCredit: demo.hero.credit,
          authorId: must(authorIds.get(demo.author), demo.author),
          editorId: must(authorIds.get(demo.editor), demo.editor),
          status: 'published',
          publishedAt: new Date(demo.publishedAt),
        })
        tagArticle(database, piece.id, demo.tags)
      }

      for (const demo of demoPointers) {
        createPiece('pointer', demo, [
          { type: 'paragraph', text: demo.intro },
          ...demo.points.map((point) => ({ type: 'point' as const, ...point })),
        ])
      }

      for (const demo of demoDataStories) {
        const datasetIds = new Map(
          demo.datasets.map(({ dimension, sourceUrl, ...dataset }) => [
            dataset.slug,
            createDataset(database, {
              ...dataset,
              sourceUrl: sourceUrl ?? null,
              dimension: dimension ?? (dataset.series.every((s) => s.points.every((p) => /^\d{4}$/.test(p.label))) ? 'Tahun' : 'Kategori'),
            }).id,
          ]),
        )
        createPiece(
          'data',
          demo,
          demo.body.map((block): BodyBlock =>
            typeof block === 'string'
              ? { type: 'paragraph', text: block }
              : { type: 'chart', chart: block.chart, datasetId: must(datasetIds.get(block.dataset), block.dataset) },
          ),
        )
      }

      for (const demo of demoInteractives) {
        const piece = demo.piece
        const block: BodyBlock =
          piece.type === 'poll'
            ? { type: 'poll', pollId: createPoll(database, { question: piece.question, options: piece.options }).id }
            : piece
        createPiece('interactive', demo, [...demo.intro.map((text) => ({ type: 'paragraph' as const, text })), block])
      }

      const day = 86_400_000
      for (const { postedDaysAgo, deadlineInDays, ...job } of demoJobs) {
        createJob(database, {
          ...job,
          applyUrl: job.applyUrl ?? null,
          applyEmail: job.applyEmail ?? null,
          salary: job.salary ?? null,
          postedAt: new Date(now.getTime() - postedDaysAgo * day),
          deadline: new Date(now.getTime() + deadlineInDays * day),
        })
      }

      for (const { episodes: list, ...program } of demoPrograms) {
        const row = tx.insert(programs).values(program).returning({ id: programs.id }).get()
        tx.insert(episodes)
          .values(
            list.map((episode) => ({
              programId: row.id,
              title: episode.title,
              description: episode.description,
              publishedAt: new Date(now.getTime() - episode.daysAgo * day),
              durationSeconds: episode.minutes * 60,
              provider: program.format === 'video' ? ('youtube' as const) : ('spotify' as const),
              mediaId: episode.mediaId,
            })),
          )
          .run()
      }

      const commenters = new Map<string, number>()
      const commenter = (name: string) => {
        let id = commenters.get(name)
        if (id == null) {
          id = createUser(database, {
            email: `demo-${commenters.size + 1}@pembaca.fakta.test`,
            displayName: name,
            createdAt: new Date(Date.UTC(2024, 0, 1)),
          }).id
          commenters.set(name, id)
        }
        return id
      }
      for (const demo of demoComments) {
        const article = demoArticles.find((a) => a.slug === demo.article)
        const articleId = must(articleIds.get(demo.article), demo.article)
        const published = demoPublication(must(article, demo.article), now).publishedAt.getTime()
        const parent = createComment(database, {
          articleId,
          userId: commenter(demo.by),
          body: demo.body,
          status: 'approved',
          createdAt: new Date(published + demo.afterMinutes * 60_000),
        })
        for (const reply of demo.replies ?? []) {
          createComment(database, {
            articleId,
            parentId: parent.id,
            userId: commenter(reply.by),
            body: reply.body,
            status: 'approved',
            createdAt: new Date(published + reply.afterMinutes * 60_000),
          })
        }
      }

      for (const slot of demoAdSlots) createAdSlot(database, slot)

      tx.insert(wordLists)
        .values([
          ...demoWords.banned.map((word) => ({ kind: 'banned' as const, word })),
          ...demoWords.suspect.map((word) => ({ kind: 'suspect' as const, word })),
        ])
        .onConflictDoNothing()
        .run()
      tx.insert(settings)
        .values([
          { key: 'reportThreshold', value: 3 },
          { key: 'trustAfterApproved', value: 1 },
          { key: 'distrustRejectedPercent', value: 50 },
        ])
        .onConflictDoNothing()
        .run()

      // A week of hourly views, heavier for popular stories and in Jakarta's daytime.
      const rand = random(20240711)
      for (const demo of demoArticles) {
        const articleId = must(articleIds.get(demo.slug), demo.slug)
        for (let hoursAgo = 0; hoursAgo < 24 * 7; hoursAgo++) {
          const at = new Date(now.getTime() - hoursAgo * 3_600_000)
          const wibHour = (at.getUTCHours() + 7) % 24
          const daytime = wibHour >= 6 && wibHour <= 22 ? 1 : 0.3
          const freshness = 1 / (1 + hoursAgo / 48)
          const views = Math.round(demo.popularity ** 2 * 4 * daytime * freshness * (0.5 + rand()))
          if (views > 0) addViewsAt(database, articleId, at, views)
        }
      }
    },
    { behavior: 'immediate' },
  )
  return { seeded: true, articles: demoArticles.length }
}

function firstRevision(tx: DbOrTx, articleId: number) {
  const row = tx
    .select()
    .from(articles)
    .where(and(eq(articles.id, articleId), eq(articles.kind, 'news')))
    .get()
  if (!row) return
  const tagIds = tx
    .select({ id: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.position))
    .all()
    .map((tag) => tag.id)
  const snapshot: ArticleSnapshot = {
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    categoryId: row.categoryId,
    tagIds,
    authorIds: row.authorId ? [row.authorId] : [],
    sourceTag: row.sourceTag,
    heroMediaId: row.heroMediaId,
    heroCaption: row.heroCaption,
    heroCredit: row.heroCredit,
    commentMode: row.commentMode,
    body: row.body,
  }
  tx.insert(articleRevisions)
    .values({
      articleId,
      version: 1,
      applied: true,
      snapshot,
      userId: row.createdBy,
      createdAt: row.updatedAt ?? row.publishedAt ?? row.createdAt,
    })
    .run()
}

function must<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`Demo content refers to unknown "${name}"`)
  return value
}

const demoEditorEmail = 'editor@fakta.test'

export const demoAccounts = [
  { role: 'reader', email: 'pembaca@fakta.test', displayName: 'Pembaca Demo' },
  { role: 'moderator', email: 'moderator@fakta.test', displayName: 'Moderator FAKTA' },
  { role: 'writer', email: 'penulis@fakta.test', displayName: 'Penulis Demo' },
  { role: 'editor', email: demoEditorEmail, displayName: 'Editor FAKTA' },
  { role: 'admin', email: 'admin@fakta.test', displayName: 'Admin FAKTA' },
] as const

type DemoAccount = (typeof demoAccounts)[number]
export type CreatedAccount = { role: string; email: string; password: string }

/**
 * One demo account per role, each with a fresh random password that is returned once so the
 * operator can read it: no database ever has a default password. An email already taken is left
 * alone. `exists` and `create` reach the database (SQLite here, PostgreSQL in ./seed-postgres).
 */
export async function createDemoAccounts(
  exists: (email: string) => Promise<boolean>,
  create: (account: DemoAccount & { passwordHash: string }) => Promise<void>,
): Promise<CreatedAccount[]> {
  const created = []
  for (const account of demoAccounts) {
    if (await exists(account.email)) continue
    const password = crypto.randomBytes(12).toString('base64url')
    await create({ ...account, passwordHash: await hashPassword(password) })
    created.push({ role: account.role, email: account.email, password })
  }
  return created
}

/** The demo accounts on a SQLite database (see createDemoAccounts). */
export function seedDemoAccounts(db: Db): Promise<CreatedAccount[]> {
  return createDemoAccounts(
    async (email) => db.select({ id: users.id }).from(users).where(eq(users.email, email)).get() != null,
    async (account) => {
      createUser(db, account)
    },
  )
}
