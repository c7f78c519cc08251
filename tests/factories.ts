// The row builders of db/seed/factories.ts for the integration tests, awaited, so that they run on
// either dialect: the same defaults, written through the process database's tables (db/tables.ts).
import type { DbOrTx } from '@/db/client'
import type { BodyBlock } from '@/db/schema'
import {
  adSlots,
  articles,
  articleTags,
  articleViews,
  authors,
  categories,
  comments,
  datasets,
  datasetValues,
  jobs,
  pollOptions,
  polls,
  tags,
  users,
} from '@/db/tables'
import { defaults } from '@/db/seed/factories'

type Db = DbOrTx

async function one<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows
  if (row === undefined) throw new Error('the insert returned no row')
  return row
}

export function createCategory(db: Db, values: Partial<typeof categories.$inferInsert> = {}) {
  return one(db.insert(categories).values(defaults.category(values)).returning())
}

export function createAuthor(db: Db, values: Partial<typeof authors.$inferInsert> = {}) {
  return one(db.insert(authors).values(defaults.author(values)).returning())
}

export function createUser(db: Db, values: Partial<typeof users.$inferInsert> = {}) {
  return one(db.insert(users).values(defaults.user(values)).returning())
}

export function createArticle(
  db: Db,
  values: Partial<Omit<typeof articles.$inferInsert, 'body'>> & { categoryId: number; body?: BodyBlock[] },
) {
  return one(db.insert(articles).values(defaults.article(values)).returning())
}

export function createTag(db: Db, name: string) {
  const values = defaults.tag(name)
  return one(
    db
      .insert(tags)
      .values(values)
      .onConflictDoUpdate({ target: tags.slug, set: { name: values.name } })
      .returning(),
  )
}

export async function tagArticle(db: Db, articleId: number, tagNames: string[]) {
  for (const [position, name] of tagNames.entries()) {
    const tag = await createTag(db, name)
    await db.insert(articleTags).values({ articleId, tagId: tag.id, position }).onConflictDoNothing()
  }
}

export function createComment(db: Db, values: Partial<typeof comments.$inferInsert> & { articleId: number }) {
  return one(db.insert(comments).values(defaults.comment(values)).returning())
}

/** Records `views` page views of an article in the hour that contains `at`. */
export async function addViewsAt(db: Db, articleId: number, at: Date, views: number) {
  await db
    .insert(articleViews)
    .values(defaults.views(articleId, at, views))
    .onConflictDoNothing()
}

export function createAdSlot(db: Db, values: typeof adSlots.$inferInsert) {
  return one(db.insert(adSlots).values(values).returning())
}

export function createJob(db: Db, values: Partial<typeof jobs.$inferInsert> = {}) {
  return one(db.insert(jobs).values(defaults.job(values)).returning())
}

/** A dataset and its values; every series shares the labels, in order. */
export async function createDataset(
  db: Db,
  { series, ...values }: Partial<typeof datasets.$inferInsert> & { series?: Parameters<typeof defaults.datasetValues>[1] } = {},
) {
  const dataset = await one(db.insert(datasets).values(defaults.dataset(values)).returning())
  const rows = defaults.datasetValues(dataset.id, series)
  if (rows.length > 0) await db.insert(datasetValues).values(rows)
  return dataset
}

/** A poll with its options in order; returns the poll and the option ids. */
export async function createPoll(
  db: Db,
  {
    question = 'Setuju?',
    options = ['Ya', 'Tidak'],
    closesAt = null,
  }: { question?: string; options?: string[]; closesAt?: Date | null } = {},
) {
  const poll = await one(db.insert(polls).values({ question, closesAt }).returning())
  const optionIds: number[] = []
  for (const [position, label] of options.entries()) {
    optionIds.push((await one(db.insert(pollOptions).values({ pollId: poll.id, position, label }).returning())).id)
  }
  return { ...poll, optionIds }
}
