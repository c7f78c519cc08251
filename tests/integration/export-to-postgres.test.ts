import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { migrateDatabase, openDatabase, type Db } from '@/db/client'
import { exportToPostgres, TargetNotEmptyError, type TableCount } from '@/db/export-to-postgres'
import { searchAllSqlite } from '@/db/queries/search'
import { searchAll as searchAllPg } from '@/db/queries/search-pg'
import { articles, comments, moderationActions } from '@/db/schema'
import * as pgSchema from '@/db/schema-pg'
import { seedDemo } from '@/db/seed'
import { createComment, createUser } from '@/db/seed/factories'
import { seedArticleSlug } from '@/db/seed/news-data'
import { toMatchExpression } from '@/lib/search-query'
import { describePg, pgTestDatabase, type PgTestDatabase } from '../setup/pg'
import { refusal } from '../setup/refusal'

const explainerSlug = 'poin-penting-ktt-nato-washington-2024'

describePg('export from SQLite to PostgreSQL', () => {
  let dir: string
  let file: string
  let source: Db
  let target: PgTestDatabase
  let counts: TableCount[]
  let searchDocuments: { sqlite: number; postgres: number }
  let ok: boolean
  let reply: typeof comments.$inferSelect

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-export-'))
    file = path.join(dir, 'source.db')
    source = openDatabase(file)
    await migrateDatabase(source)
    seedDemo(source)
    const [article] = source.select().from(articles).where(eq(articles.slug, seedArticleSlug)).all()
    if (!article) throw new Error('the demo seed has no seed article')
    const reader = createUser(source, { displayName: 'Pembaca Ekspor' })
    const parent = createComment(source, {
      articleId: article.id,
      userId: reader.id,
      body: 'Komentar pertama, dengan "kutipan" & émoji 🇮🇩.',
    })
    reply = createComment(source, {
      articleId: article.id,
      userId: reader.id,
      parentId: parent.id,
      body: 'Balasan yang disunting.',
      editedAt: new Date('2026-11-30T08:15:30.123Z'),
      createdAt: new Date('2026-11-30T08:00:00.456Z'),
      featured: true,
    })
    createComment(source, { articleId: article.id, body: 'Menunggu moderasi.', status: 'pending' })
    source
      .insert(moderationActions)
      .values({ actorName: 'Moderator', action: 'comment.approve', targetType: 'comment', targetId: parent.id })
      .run()
    target = await pgTestDatabase()
    ;({ counts, searchDocuments, ok } = await exportToPostgres(source, target.db))
  }, 120_000)

  // Dropping a database waits for a checkpoint: seconds on a busy server.
  afterAll(async () => {
    source?.$client.close()
    await target?.drop()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  }, 60_000)

  it('copies every table: the row counts of both sides are equal', () => {
    expect(ok).toBe(true)
    expect(counts.length).toBeGreaterThan(20)
    for (const count of counts) expect(count.postgres, count.table).toBe(count.sqlite)
    expect(counts.find((c) => c.table === 'articles')?.postgres).toBeGreaterThan(40)
    expect(counts.find((c) => c.table === 'comments')?.postgres).toBeGreaterThan(3)
    expect(counts.find((c) => c.table === 'moderation_actions')?.postgres).toBeGreaterThan(0)
    expect(searchDocuments.postgres).toBe(searchDocuments.sqlite)
  })

  it('keeps a comment as it was: body, reply link, flag and times to the millisecond', async () => {
    const [copied] = await target.db.select().from(pgSchema.comments).where(eq(pgSchema.comments.id, reply.id))
    expect(copied).toEqual(reply)
    expect(copied?.editedAt?.toISOString()).toBe('2026-11-30T08:15:30.123Z')
    expect(copied?.createdAt.toISOString()).toBe('2026-11-30T08:00:00.456Z')
  })

  it('keeps an article: its structured body and publication time', async () => {
    const [original] = source.select().from(articles).where(eq(articles.slug, seedArticleSlug)).all()
    const [copied] = await target.db.select().from(pgSchema.articles).where(eq(pgSchema.articles.slug, seedArticleSlug))
    expect(copied?.body).toEqual(original?.body)
    expect(copied?.publishedAt).toEqual(original?.publishedAt)
    expect(copied).toEqual(original)
  })

  it('continues the ids after the copied ones', async () => {
    const [max] = source
      .select({ id: sql<number>`max(id)` })
      .from(comments)
      .all()
    const [added] = await target.db
      .insert(pgSchema.comments)
      .values({ articleId: reply.articleId, body: 'Komentar baru di PostgreSQL.' })
      .returning()
    expect(added?.id).toBe((max?.id ?? 0) + 1)
  })

  it('keeps the audit log append-only: INSERT passes, UPDATE and DELETE are refused', async () => {
    await target.db.insert(pgSchema.moderationActions).values({ actorName: 'Editor', action: 'user.role', targetType: 'user', targetId: 1 })
    expect(
      await refusal(
        target.db
          .update(pgSchema.moderationActions)
          .set({ reason: 'diubah' })
          .where(sql`true`),
      ),
    ).toBe('the audit log is append-only')
    expect(await refusal(target.db.delete(pgSchema.moderationActions).where(sql`true`))).toBe('the audit log is append-only')
    expect(await refusal(target.db.execute(sql`truncate moderation_actions`))).toBe('the audit log is append-only')
    const [row] = await target.db.select({ n: sql<number>`count(*)::int` }).from(pgSchema.moderationActions)
    expect(row?.n).toBe((counts.find((c) => c.table === 'moderation_actions')?.sqlite ?? 0) + 1)
  })

  it('finds what the SQLite search finds first: the seed article for "Stoltenberg", the explainer for "NSATU"', async () => {
    for (const [query, slug] of [
      ['Stoltenberg', seedArticleSlug],
      ['NSATU', explainerSlug],
    ] as const) {
      const expression = toMatchExpression(query) ?? ''
      const fromSqlite = await searchAllSqlite(source, expression, { limit: 10, offset: 0 })
      const fromPg = await searchAllPg(target.db, expression, { limit: 10, offset: 0 })
      expect(fromSqlite.items[0]?.slug).toBe(slug)
      expect(fromPg.items[0]?.slug, query).toBe(slug)
      expect(fromPg.items[0]?.key).toBe(fromSqlite.items[0]?.key)
      expect(fromPg.items[0]?.snippet).toContain(`\u0002${query}\u0003`)
      expect(fromPg.total).toBe(fromSqlite.total)
    }
  })

  it('refuses a database that already holds articles, and replaces it when told to', async () => {
    await expect(exportToPostgres(source, target.db)).rejects.toThrow(TargetNotEmptyError)
    await expect(exportToPostgres(source, target.db)).rejects.toThrow(/already holds \d+ articles.*--replace/)
    // The portal writes a comment while the copy runs: the copy and its counts keep their snapshot.
    const writer = new Database(file)
    const before =
      source
        .select({ n: sql<number>`count(*)` })
        .from(comments)
        .get()?.n ?? 0
    const again = await exportToPostgres(source, target.db, {
      replace: true,
      log: (line) => {
        if (line.startsWith('copied users')) {
          writer
            .prepare('insert into comments (article_id, body, status) values (?, ?, ?)')
            .run(reply.articleId, 'Ditulis saat ekspor.', 'approved')
        }
      },
    })
    writer.close()
    expect(again.ok).toBe(true)
    expect(again.counts.find((c) => c.table === 'comments')).toEqual({ table: 'comments', sqlite: before, postgres: before })
    expect(
      source
        .select({ n: sql<number>`count(*)` })
        .from(comments)
        .get()?.n,
    ).toBe(before + 1)
    const [row] = await target.db.select({ n: sql<number>`count(*)::int` }).from(pgSchema.moderationActions)
    expect(row?.n).toBe(counts.find((c) => c.table === 'moderation_actions')?.sqlite)
  })

  it('the command prints the refusal and exits 1 on a database that holds articles', async () => {
    const run = promisify(execFile)
    const failure = await run(process.execPath, ['--import', 'tsx', 'scripts/export-to-postgres.ts'], {
      env: { ...process.env, DATABASE_FILE: file, DATABASE_URL: target.url },
    }).catch((error: { code: number; stderr: string }) => error)
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringMatching(/already holds \d+ articles/) })
  }, 60_000)
})
