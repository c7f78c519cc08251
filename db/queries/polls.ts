import 'server-only'
import { and, asc, count, eq, inArray, lte, or, sql } from 'drizzle-orm'
import { getDb, onPostgres } from '../client'
import { articles, pollOptions, polls, pollVotes } from '../tables'

export type Poll = { id: number; question: string; closesAt: Date | null; options: { id: number; label: string }[] }
export type PollResults = { total: number; counts: Record<number, number> }
export type Voter = { browserKey: string; userId: number | null }

/** Polls by id with their options in order. */
export async function getPolls(ids: number[]): Promise<Map<number, Poll>> {
  if (ids.length === 0) return new Map()
  const db = getDb()
  const options = await db.select().from(pollOptions).where(inArray(pollOptions.pollId, ids)).orderBy(asc(pollOptions.position))
  const rows = await db.select().from(polls).where(inArray(polls.id, ids))
  return new Map(
    rows.map((poll) => [
      poll.id,
      {
        id: poll.id,
        question: poll.question,
        closesAt: poll.closesAt,
        options: options.filter((o) => o.pollId === poll.id).map((o) => ({ id: o.id, label: o.label })),
      },
    ]),
  )
}

export async function getPoll(id: number): Promise<Poll | null> {
  return (await getPolls([id])).get(id) ?? null
}

/** Whether a published Interaktif piece carries the poll: only such a poll takes votes. */
export async function isPollPublished(pollId: number, now = new Date()): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        eq(articles.kind, 'interactive'),
        eq(articles.status, 'published'),
        lte(articles.publishedAt, now),
        // dialect-specific: the body's blocks are JSON text on SQLite, jsonb on PostgreSQL.
        onPostgres()
          ? sql`exists (select 1 from jsonb_array_elements(${articles.body}) b where b->>'type' = 'poll' and b->>'pollId' = ${String(pollId)})`
          : sql`exists (select 1 from json_each(${articles.body}) where json_extract(value, '$.type') = 'poll' and json_extract(value, '$.pollId') = ${pollId})`,
      ),
    )
    .limit(1)
  return row !== undefined
}

/** Votes per option, counted from the votes themselves. */
export async function pollResults(pollId: number): Promise<PollResults> {
  const rows = await getDb()
    .select({ optionId: pollVotes.optionId, n: count() })
    .from(pollVotes)
    .where(eq(pollVotes.pollId, pollId))
    .groupBy(pollVotes.optionId)
  return { total: rows.reduce((sum, row) => sum + row.n, 0), counts: Object.fromEntries(rows.map((row) => [row.optionId, row.n])) }
}

/** The option this browser or account chose, if it has voted. */
export async function voteOf(pollId: number, voter: Voter): Promise<number | null> {
  const byBrowser = eq(pollVotes.browserKey, voter.browserKey)
  const [row] = await getDb()
    .select({ optionId: pollVotes.optionId })
    .from(pollVotes)
    .where(and(eq(pollVotes.pollId, pollId), voter.userId === null ? byBrowser : or(byBrowser, eq(pollVotes.userId, voter.userId))))
    .limit(1)
  return row?.optionId ?? null
}

/**
 * Stores a vote unless this browser or account has voted on the poll already. The unique
 * indexes decide, in one statement, so concurrent votes can never count twice.
 */
export async function castVote(pollId: number, optionId: number, voter: Voter): Promise<'stored' | 'already-voted'> {
  const inserted = await getDb()
    .insert(pollVotes)
    .values({ pollId, optionId, browserKey: voter.browserKey, userId: voter.userId })
    .onConflictDoNothing()
    .returning({ id: pollVotes.id })
  return inserted.length === 1 ? 'stored' : 'already-voted'
}
