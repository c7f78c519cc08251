import 'server-only'
import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm'
import { getDb } from '../client'
import { articles, pollOptions, polls, pollVotes } from '../schema'

export type Poll = { id: number; question: string; closesAt: Date | null; options: { id: number; label: string }[] }
export type PollResults = { total: number; counts: Record<number, number> }
export type Voter = { browserKey: string; userId: number | null }

/** Polls by id with their options in order. */
export function getPolls(ids: number[]): Map<number, Poll> {
  if (ids.length === 0) return new Map()
  const db = getDb()
  const options = db.select().from(pollOptions).where(inArray(pollOptions.pollId, ids)).orderBy(asc(pollOptions.position)).all()
  return new Map(
    db
      .select()
      .from(polls)
      .where(inArray(polls.id, ids))
      .all()
      .map((poll) => [
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

export function getPoll(id: number): Poll | null {
  return getPolls([id]).get(id) ?? null
}

/** Whether a published Interaktif piece carries the poll: only such a poll takes votes. */
export function isPollPublished(pollId: number, now = new Date()): boolean {
  const row = getDb()
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        eq(articles.kind, 'interactive'),
        eq(articles.status, 'published'),
        sql`${articles.publishedAt} <= ${now.getTime()}`,
        sql`exists (select 1 from json_each(${articles.body}) where json_extract(value, '$.type') = 'poll' and json_extract(value, '$.pollId') = ${pollId})`,
      ),
    )
    .get()
  return row !== undefined
}

/** Votes per option, counted from the votes themselves. */
export function pollResults(pollId: number): PollResults {
  const rows = getDb()
    .select({ optionId: pollVotes.optionId, n: count() })
    .from(pollVotes)
    .where(eq(pollVotes.pollId, pollId))
    .groupBy(pollVotes.optionId)
    .all()
  return { total: rows.reduce((sum, row) => sum + row.n, 0), counts: Object.fromEntries(rows.map((row) => [row.optionId, row.n])) }
}

/** The option this browser or account chose, if it has voted. */
export function voteOf(pollId: number, voter: Voter): number | null {
  const byBrowser = eq(pollVotes.browserKey, voter.browserKey)
  const row = getDb()
    .select({ optionId: pollVotes.optionId })
    .from(pollVotes)
    .where(and(eq(pollVotes.pollId, pollId), voter.userId === null ? byBrowser : or(byBrowser, eq(pollVotes.userId, voter.userId))))
    .get()
  return row?.optionId ?? null
}

/**
 * Stores a vote unless this browser or account has voted on the poll already. The unique
 * indexes decide, in one statement, so concurrent votes can never count twice.
 */
export function castVote(pollId: number, optionId: number, voter: Voter): 'stored' | 'already-voted' {
  const result = getDb()
    .insert(pollVotes)
    .values({ pollId, optionId, browserKey: voter.browserKey, userId: voter.userId })
    .onConflictDoNothing()
    .run()
  return result.changes === 1 ? 'stored' : 'already-voted'
}
