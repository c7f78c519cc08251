import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { eq } from 'drizzle-orm'
import type pg from 'pg'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// Scheduled articles going live (docs/decisions/019): exactly once, with an audit entry, after a
// restart and with two processes on one database; until then they are nowhere. Next's cache is
// stood in for and records what was expired.
const cache = vi.hoisted(() => ({ revalidated: [] as string[] }))
vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache((entry) => cache.revalidated.push(entry)))

const { publishDue, SCHEDULER_ACTOR } = await import('@/db/queries/schedule')
const { getArticle, listLatest, listRecentArticleParams } = await import('@/db/queries/articles')
const { getCommentTarget } = await import('@/db/queries/comments')
const { listAudit } = await import('@/db/queries/moderation')
const { articleMiss } = await import('@/lib/server/article-miss')
const { searchSite } = await import('@/lib/server/search')
const { toMatchExpression } = await import('@/lib/search-query')
const { openDatabase, setDb } = await import('@/db/client')
const { openPostgres } = await import('@/db/postgres')
const { articles, articleRedirects, moderationActions } = await import('@/db/tables')
const { createArticle, createCategory } = await import('@/tests/factories')
const { INTERNAL_HEADER, shareInternalSecret } = await import('@/lib/http/internal')
const { POST: publishDueRoute } = await import('@/app/api/desk/publish-due/route')
const { takedownLabel, takedownLabels } = await import('@/lib/takedown')
const { onPostgres, setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()

/** Where the test database is, for another process to open: its SQLite file or its PostgreSQL URL. */
const databaseEnv = (): Record<string, string> =>
  onPostgres ? { DATABASE_URL: (db().$client as unknown as pg.Pool).options.connectionString! } : { DATABASE_FILE: db().$client.name }

/** A second connection to the test database (on PostgreSQL a pool), as the next start of the server opens it. */
function reopen(): { handle: ReturnType<typeof db>; close: () => Promise<void> } {
  const env = databaseEnv()
  if (env.DATABASE_URL) {
    const handle = openPostgres(env.DATABASE_URL)
    return { handle: handle as unknown as ReturnType<typeof db>, close: () => handle.$client.end() }
  }
  const handle = openDatabase(env.DATABASE_FILE!)
  return {
    handle,
    close: async () => {
      handle.$client.close()
    },
  }
}

const T0 = new Date('2026-12-01T10:00:00Z')
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000)

let categoryId: number
beforeEach(async () => {
  cache.revalidated = []
  categoryId = (await createCategory(db(), { slug: 'politik' })).id
})

const scheduled = async (slug: string, dueIn: number) =>
  createArticle(db(), {
    categoryId,
    slug,
    title: `Jadwal ${slug} zebrakuda`,
    status: 'scheduled',
    publishedAt: null,
    scheduledAt: at(dueIn),
  })

const statusOf = async (id: number) => (await db().select().from(articles).where(eq(articles.id, id)))[0]!

describe('publishDue', () => {
  it('publishes nothing before the scheduled time', async () => {
    const article = await scheduled('belum', 60)
    expect(await publishDue(at(59))).toEqual([])
    expect((await statusOf(article.id)).status).toBe('scheduled')
  })

  it('publishes a due article exactly once, at its scheduled time, with an audit entry', async () => {
    const article = await scheduled('tiba', 60)
    const draft = await createArticle(db(), { categoryId, slug: 'draf', status: 'draft', publishedAt: null, scheduledAt: at(0) })
    expect(await publishDue(at(61))).toEqual([{ id: article.id, slug: 'tiba', category: 'politik' }])
    const row = await statusOf(article.id)
    expect(row.status).toBe('published')
    expect(row.publishedAt).toEqual(at(60))
    expect(await publishDue(at(62))).toEqual([])
    expect(await publishDue(at(6000))).toEqual([])
    // Only scheduled articles: a draft with a time is left alone.
    expect((await statusOf(draft.id)).status).toBe('draft')
    const entries = await listAudit({ action: 'desk.publish_scheduled', limit: 10, offset: 0 })
    const list = Array.isArray(entries) ? entries : (entries as { items: unknown[] }).items
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ actorName: SCHEDULER_ACTOR, targetId: article.id })
  })

  it('catches up after a restart: a new connection to the same database publishes what came due while down', async () => {
    const early = await scheduled('saat-mati-satu', 10)
    const late = await scheduled('saat-mati-dua', 20)
    const later = await scheduled('nanti', 600)
    // The server stops; another connection (the next start) opens the database.
    const restarted = reopen()
    setDb(restarted.handle)
    try {
      expect((await publishDue(at(300))).map((a) => a.id).sort()).toEqual([early.id, late.id].sort())
      expect(await publishDue(at(301))).toEqual([])
    } finally {
      await restarted.close()
      setDb(db())
    }
    expect((await statusOf(later.id)).status).toBe('scheduled')
  })

  it('two processes on one database: each due article is published by exactly one of them', async () => {
    const ids: number[] = []
    for (let i = 0; i < 40; i++) {
      ids.push(
        (await createArticle(db(), { categoryId, slug: `serentak-${i}`, status: 'scheduled', publishedAt: null, scheduledAt: at(3600) }))
          .id,
      )
    }
    if (!onPostgres) db().$client.pragma('wal_checkpoint(TRUNCATE)')
    const worker = path.join(import.meta.dirname, 'helpers', 'publish-worker.ts')
    const workers = ['satu', 'dua'].map(() =>
      spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', worker, String(ids.length)], {
        env: { ...process.env, ...databaseEnv(), NODE_ENV: 'production' },
      }),
    )
    const lines = workers.map((child) => createInterface({ input: child.stdout })[Symbol.asyncIterator]())
    for (const line of lines) expect((await line.next()).value).toBe('ready')
    // Due one after another over the next two seconds, while both run: they race for each.
    const go = Date.now()
    for (const [i, id] of ids.entries()) {
      await db()
        .update(articles)
        .set({ scheduledAt: new Date(go + 100 + i * 50) })
        .where(eq(articles.id, id))
    }
    for (const child of workers) child.stdin.write('go\n')
    const reports = await Promise.all(lines.map(async (line) => JSON.parse((await line.next()).value) as { mine: number[]; calls: number }))
    const all = reports.flatMap((report) => report.mine)
    // Every article published once, by one process or the other, never by both.
    expect(all.sort((a, b) => a - b)).toEqual(ids)
    expect(new Set(all).size).toBe(ids.length)
    // Both were really running the scheduler all along.
    for (const report of reports) expect(report.calls).toBeGreaterThan(1)
    const entries = await db()
      .select({ id: moderationActions.targetId })
      .from(moderationActions)
      .where(eq(moderationActions.action, 'desk.publish_scheduled'))
    expect(entries.map((e) => e.id!).sort((a, b) => a - b)).toEqual(ids)
  }, 60_000)
})

describe('until it is due, a scheduled article is nowhere', () => {
  it('not at its URL, in the lists, the sitemaps, the search or the comment data', async () => {
    const future = new Date(Date.now() + 3_600_000)
    const article = await createArticle(db(), {
      categoryId,
      slug: 'rahasia-jadwal',
      title: 'Rahasia jadwal zebrakuda',
      status: 'scheduled',
      publishedAt: null,
      scheduledAt: future,
    })
    expect(await getArticle('politik', 'rahasia-jadwal')).toBeNull()
    expect((await listLatest({ limit: 100 })).map((a) => a.id)).not.toContain(article.id)
    expect(await listRecentArticleParams(100)).not.toContainEqual({ category: 'politik', slug: 'rahasia-jadwal' })
    expect(await getCommentTarget(article.id)).toBeNull()
    expect((await searchSite(toMatchExpression('zebrakuda')!, { limit: 10, offset: 0 })).total).toBe(0)
    // Its URL is a plain 404: neither moved nor gone.
    expect(await articleMiss('politik', 'rahasia-jadwal')).toBeNull()
    // Once due (and published by the scheduler) it is everywhere.
    const later = new Date(future.getTime() + 1)
    expect((await publishDue(later)).map((a) => a.id)).toEqual([article.id])
    expect((await getArticle('politik', 'rahasia-jadwal', later))?.id).toBe(article.id)
    expect((await listLatest({ limit: 100, now: later })).map((a) => a.id)).toContain(article.id)
  })
})

describe('the scheduler route', () => {
  const secret = 'r'.repeat(43)
  const call = (headers: Record<string, string | undefined> = {}) =>
    publishDueRoute(new Request('http://127.0.0.1/api/desk/publish-due', { method: 'POST', headers: headers as Record<string, string> }))

  it('refuses a call without this process secret, and publishes nothing', async () => {
    shareInternalSecret(secret)
    const article = await scheduled('tolak', -5)
    for (const headers of [{}, { [INTERNAL_HEADER]: 'salah' }, { [INTERNAL_HEADER]: `${secret}x` }] as Record<string, string>[]) {
      const response = await call(headers)
      expect(response.status).toBe(404)
    }
    expect((await statusOf(article.id)).status).toBe('scheduled')
    expect(cache.revalidated).toEqual([])
  })

  it('publishes what is due and expires the readers pages by tag', async () => {
    shareInternalSecret(secret)
    const article = await scheduled('lewat-rute', -5)
    const response = await call({ [INTERNAL_HEADER]: secret })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ published: [article.id] })
    expect(cache.revalidated).toEqual(['tag:content', `tag:comments:${article.id}`])
    cache.revalidated = []
    expect(await (await call({ [INTERNAL_HEADER]: secret })).json()).toEqual({ published: [] })
    expect(cache.revalidated).toEqual([])
  })
})

describe('an article URL that misses', () => {
  it('is gone when the article was taken down, with its reason and date', async () => {
    const takenDownAt = at(30)
    await createArticle(db(), { categoryId, slug: 'diturunkan', status: 'taken_down', takenDownAt, takedownReason: 'privacy' })
    expect(await articleMiss('politik', 'diturunkan')).toEqual({ kind: 'gone', takedown: { takenDownAt, reason: 'privacy' } })
    // The same slug in another category is another URL.
    await createCategory(db(), { slug: 'hukum' })
    expect(await articleMiss('hukum', 'diturunkan')).toBeNull()
  })

  it('moves to the article current path from an old one, only while the article is public', async () => {
    const article = await createArticle(db(), { categoryId, slug: 'judul-baru' })
    await db().insert(articleRedirects).values({ path: '/news/politik/judul-lama', articleId: article.id })
    expect(await articleMiss('politik', 'judul-lama')).toEqual({ kind: 'moved', to: '/news/politik/judul-baru' })
    await db().update(articles).set({ status: 'draft' }).where(eq(articles.id, article.id))
    expect(await articleMiss('politik', 'judul-lama')).toBeNull()
    // Scheduled, not yet due: still nowhere, not even by its old path.
    await db()
      .update(articles)
      .set({ status: 'published', publishedAt: new Date(Date.now() + 60_000) })
      .where(eq(articles.id, article.id))
    expect(await articleMiss('politik', 'judul-lama')).toBeNull()
    // Taken down: the old path is gone too.
    const takenDownAt = at(5)
    await db().update(articles).set({ status: 'taken_down', takenDownAt, takedownReason: 'legal' }).where(eq(articles.id, article.id))
    expect(await articleMiss('politik', 'judul-lama')).toEqual({ kind: 'gone', takedown: { takenDownAt, reason: 'legal' } })
  })

  it('never looks up hostile paths', async () => {
    expect(await articleMiss('politik', "x' or 1=1 --")).toBeNull()
    expect(await articleMiss('../..', 'judul')).toBeNull()
  })
})

describe('takedown reasons in words', () => {
  it('has a label for every reason, and "other" for anything else', () => {
    expect(takedownLabels).toEqual({
      legal: 'Perintah hukum',
      privacy: 'Perlindungan privasi',
      inaccurate: 'Tidak akurat',
      council: 'Keputusan Dewan Pers',
      other: 'Alasan lain',
    })
    expect(takedownLabel('constructor')).toBe('Alasan lain')
    expect(takedownLabel(null)).toBe('Alasan lain')
  })
})
