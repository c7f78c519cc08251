import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { getArticle, getPiece, listLatest, listPieces, listPopular } from '@/db/queries/articles'
import { countApprovedComments, listApprovedComments } from '@/db/queries/comments'
import { listDatasets } from '@/db/queries/datasets'
import { listOpenJobs } from '@/db/queries/jobs'
import { listPrograms } from '@/db/queries/programs'
import { listCategories } from '@/db/queries/taxonomy'
import { articleRevisions, articles } from '@/db/tables'
import { createUser } from '@/db/seed/factories'
import { demoArticles, recentDemoNewsCount, seedArticleSlug, seedRelatedSlug } from '@/db/seed/news-data'
import { setupTestDatabase } from '../setup/db'
import { prepareDemo, seedDemoAccountsHere, seedDemoHere } from '../setup/demo'

const db = setupTestDatabase()
const now = new Date('2026-11-26T12:00:00Z')
prepareDemo(now)

/** The body paragraphs of the seed article as published, from its structured copy. */
function seedParagraphs(): string[] {
  const source = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/seed-article.md'), 'utf8')
  const body = source.split(/^---$/m)[2] ?? ''
  return body
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim())
}

describe('demo seed', () => {
  it('puts the seed article in verbatim, with its dateline, source tag and related link', async () => {
    await seedDemoHere(now)
    const article = await getArticle('internasional', 'nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir', now)
    expect(article).not.toBeNull()
    if (!article) return
    expect(article.title).toBe('NATO Pastikan Ukraina Jadi Anggota, Usai Perang dengan Rusia Berakhir')
    expect(article.publishedAt.toISOString()).toBe('2024-07-11T12:30:00.000Z')
    expect(article.heroCredit).toBe('ANTARA/Anadolu/aa')
    expect(article.heroCaption).toBe('Sekretaris Jenderal Pakta Pertahanan Atlantik Utara (NATO) Jens Stoltenberg.')
    expect(article.tags.map((t) => t.name)).toEqual(['NATO', 'Ukraina', 'Rusia', 'Jens Stoltenberg', 'KTT NATO'])

    // As printed: "FAKTA.COM, Jakarta - " opens the first paragraph and "(ANT)" closes the last.
    const printed = article.body
      .filter((b) => b.type === 'paragraph')
      .map((b, i, all) => {
        const text = b.type === 'paragraph' ? b.text : ''
        const opened = i === 0 ? `FAKTA.COM, ${article.dateline} - ${text}` : text
        return i === all.length - 1 ? `${opened} (${article.sourceTag})` : opened
      })
    const [first, ...rest] = seedParagraphs()
    expect(printed).toEqual([`FAKTA.COM, Jakarta - ${first}`, ...rest])
    expect(printed.at(-1)).toMatch(/\(ANT\)$/)
    expect(article.body[4]).toMatchObject({
      type: 'related',
      article: { title: 'Ukraina Minta 128 Jet Tempur untuk Kalahkan Rusia', slug: 'ukraina-minta-128-jet-tempur-untuk-kalahkan-rusia' },
    })
    expect(await countApprovedComments(article.id)).toBe(0)
  })

  it('fills every list: 40+ more articles over 6+ categories, comments and a week of views', async () => {
    await seedDemoHere(now)
    const latest = await listLatest({ limit: 500, now })
    expect(latest.length).toBeGreaterThanOrEqual(42)
    const categories = await listCategories()
    expect(categories.length).toBeGreaterThanOrEqual(6)
    for (const category of categories) {
      expect(latest.filter((a) => a.category.slug === category.slug).length).toBeGreaterThanOrEqual(3)
    }
    expect(latest.every((a) => a.heroImage && fs.existsSync(path.join('public', a.heroImage)))).toBe(true)
    const withComments = await Promise.all(latest.map(async (a) => (await listApprovedComments(a.id)).length > 0))
    expect(withComments.some(Boolean)).toBe(true)
    expect(await listPopular('24h', 5, now)).toHaveLength(5)
    expect(await listPopular('7d', 5, now)).toHaveLength(5)
  })

  it('fills every section of the navigation with at least six items, each chart and poll resolved', async () => {
    await seedDemoHere(now)
    for (const kind of ['pointer', 'data', 'interactive'] as const) {
      const pieces = await listPieces(kind, { limit: 100, now })
      expect(pieces.length, kind).toBeGreaterThanOrEqual(6)
      for (const piece of pieces) {
        const detail = await getPiece(kind, piece.slug, now)
        expect(
          detail?.body.some((b) => b.type === 'related'),
          piece.slug,
        ).toBe(true)
        if (kind === 'data')
          expect(
            detail?.body.some((b) => b.type === 'chart'),
            piece.slug,
          ).toBe(true)
      }
    }
    const interactivePieces = await Promise.all(
      (await listPieces('interactive', { limit: 100, now })).map((p) => getPiece('interactive', p.slug, now)),
    )
    const interactive = interactivePieces.flatMap((piece) => piece?.body ?? [])
    expect(new Set(interactive.map((b) => b.type))).toEqual(new Set(['paragraph', 'poll', 'quiz', 'timeline', 'related']))
    expect((await listDatasets()).length).toBeGreaterThanOrEqual(6)
    expect((await listPrograms()).length).toBeGreaterThanOrEqual(6)
    expect((await listOpenJobs({}, { limit: 100, offset: 0 }, now)).total).toBeGreaterThanOrEqual(6)
  })

  it('dates the newest dozen other stories in the two days before the seed time, in their order; the seed pair keeps July 2024', async () => {
    await seedDemoHere(now)
    const latest = await listLatest({ limit: 500, now })
    const recent = latest.filter((a) => a.publishedAt.getTime() > now.getTime() - 2 * 86_400_000)
    expect(recent).toHaveLength(recentDemoNewsCount)
    expect(recent.every((a) => a.publishedAt < now)).toBe(true)
    const original = new Map(demoArticles.map((a) => [a.slug, Date.parse(a.publishedAt)]))
    const order = recent.map((a) => original.get(a.slug) ?? 0)
    expect(order).toEqual([...order].sort((a, b) => b - a))
    const [newestOld] = latest.slice(recentDemoNewsCount)
    expect(newestOld?.slug).toBe(seedArticleSlug)
    const related = await getArticle('internasional', seedRelatedSlug, now)
    expect(related?.publishedAt.toISOString()).toBe('2024-07-08T09:45:00.000Z')
  })

  it('gives every seeded news article its first desk revision, created by the demo editor when there is one', async () => {
    // The editor's account is there before the seed, in the database the seed runs on (on
    // PostgreSQL a scratch file of its own, seeded for this test: hence the longer time).
    const made: { editor?: { id: number } } = {}
    await seedDemoHere(now, {
      before: (database) => {
        made.editor = createUser(database, { email: 'editor@fakta.test', role: 'editor', displayName: 'Editor FAKTA' })
      },
    })
    const editor = made.editor
    if (!editor) throw new Error('the editor was not created')
    const news = (await db().select().from(articles)).filter((a) => a.kind === 'news')
    expect(news.length).toBe(demoArticles.length)
    expect(news.every((a) => a.createdBy === editor.id && a.version === 1)).toBe(true)
    const revisions = await db().select().from(articleRevisions)
    expect(revisions).toHaveLength(news.length)
    const seedArticle = news.find((a) => a.slug === seedArticleSlug)!
    const revision = revisions.find((r) => r.articleId === seedArticle.id)!
    expect(revision).toMatchObject({ version: 1, applied: true, userId: editor.id, createdAt: seedArticle.publishedAt })
    expect(revision.snapshot).toMatchObject({
      title: seedArticle.title,
      slug: seedArticle.slug,
      authorIds: [seedArticle.authorId],
      body: seedArticle.body,
    })
    expect(revision.snapshot.tagIds).toHaveLength(5)
  }, 30_000)

  it('creates one demo account per role, the writer included, each with its own password', async () => {
    const { findCredentials } = await import('@/db/queries/users')
    const created = await seedDemoAccountsHere()
    expect(created.map((a) => a.role)).toEqual(['reader', 'moderator', 'writer', 'editor', 'admin'])
    expect(new Set(created.map((a) => a.password)).size).toBe(created.length)
    expect(await findCredentials('penulis@fakta.test')).toMatchObject({ role: 'writer' })
    expect(await seedDemoAccountsHere()).toEqual([])
  }, 30_000)

  it('does nothing the second time', async () => {
    expect((await seedDemoHere(now)).seeded).toBe(true)
    const count = (await listLatest({ limit: 500, now })).length
    expect(count).toBeGreaterThan(0)
    expect((await seedDemoHere(now)).seeded).toBe(false)
    expect(await listLatest({ limit: 500, now })).toHaveLength(count)
  })
})
