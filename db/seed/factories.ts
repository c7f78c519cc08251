// Row builders shared by the demo seed and the tests: each fills sensible defaults and returns
// the inserted row, so a test states only what it is about.
import type { DbOrTx as Db } from '@/db/client'
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
  type BodyBlock,
} from '@/db/schema'
import { slugify } from '@/lib/slug'

let sequence = 0
const next = () => ++sequence

type ArticleValues = Partial<Omit<typeof articles.$inferInsert, 'body'>> & {
  categoryId: number
  body?: BodyBlock[]
}

type SeriesInput = { name: string; points: { label: string; value: number }[] }

/** The default values of each builder, shared with the awaited builders of tests/factories.ts. */
export const defaults = {
  category(values: Partial<typeof categories.$inferInsert>) {
    const n = next()
    return { slug: `kategori-${n}`, name: `Kategori ${n}`, position: n, ...values }
  },
  author(values: Partial<typeof authors.$inferInsert>) {
    const n = next()
    const name = values.name ?? `Penulis ${n}`
    return { slug: slugify(name), name, title: 'Reporter', ...values }
  },
  user(values: Partial<typeof users.$inferInsert>) {
    const n = next()
    return { email: `pembaca${n}@fakta.test`, displayName: `Pembaca ${n}`, ...values }
  },
  article(values: ArticleValues) {
    const n = next()
    const title = values.title ?? `Berita uji nomor ${n}`
    return {
      slug: slugify(title),
      title,
      summary: `Ringkasan ${title}.`,
      body: [{ type: 'paragraph', text: `Isi ${title}.` }] as BodyBlock[],
      status: 'published' as const,
      publishedAt: new Date(Date.UTC(2024, 6, 1, 0, n)),
      ...values,
    }
  },
  tag(name: string) {
    return { slug: slugify(name), name }
  },
  comment(values: Partial<typeof comments.$inferInsert> & { articleId: number }) {
    return { body: `Komentar ${next()}`, status: 'approved' as const, ...values }
  },
  views(articleId: number, at: Date, views: number) {
    return { articleId, hour: Math.floor(at.getTime() / 3_600_000), views }
  },
  job(values: Partial<typeof jobs.$inferInsert>) {
    const n = next()
    const day = 86_400_000
    return {
      slug: `lowongan-${n}`,
      title: `Lowongan ${n}`,
      company: 'PT Contoh',
      location: 'Jakarta',
      type: 'penuh-waktu' as const,
      field: 'Jurnalistik',
      description: ['Deskripsi pekerjaan.'],
      requirements: ['Syarat pertama.'],
      applyEmail: 'rekrutmen@contoh.co.id',
      postedAt: new Date(Date.now() - day),
      deadline: new Date(Date.now() + 30 * day),
      ...values,
    }
  },
  dataset(values: Partial<typeof datasets.$inferInsert>) {
    const n = next()
    return { slug: `data-${n}`, title: `Data ${n}`, unit: 'persen', dimension: 'Tahun', source: 'BPS', period: '2020-2023', ...values }
  },
  datasetValues(datasetId: number, series: SeriesInput[] = [{ name: 'Nilai', points: [{ label: '2023', value: 1 }] }]) {
    return series.flatMap((s) => s.points.map((point, position) => ({ datasetId, series: s.name, position, ...point })))
  },
}

export function createCategory(db: Db, values: Partial<typeof categories.$inferInsert> = {}) {
  return db.insert(categories).values(defaults.category(values)).returning().get()
}

export function createAuthor(db: Db, values: Partial<typeof authors.$inferInsert> = {}) {
  return db.insert(authors).values(defaults.author(values)).returning().get()
}

export function createUser(db: Db, values: Partial<typeof users.$inferInsert> = {}) {
  return db.insert(users).values(defaults.user(values)).returning().get()
}

export function createArticle(db: Db, values: ArticleValues) {
  return db.insert(articles).values(defaults.article(values)).returning().get()
}

export function createTag(db: Db, name: string) {
  return db
    .insert(tags)
    .values({ slug: slugify(name), name })
    .onConflictDoUpdate({ target: tags.slug, set: { name } })
    .returning()
    .get()
}

export function tagArticle(db: Db, articleId: number, tagNames: string[]) {
  tagNames.forEach((name, position) => {
    const tag = createTag(db, name)
    db.insert(articleTags).values({ articleId, tagId: tag.id, position }).onConflictDoNothing().run()
  })
}

export function createComment(db: Db, values: Partial<typeof comments.$inferInsert> & { articleId: number }) {
  return db.insert(comments).values(defaults.comment(values)).returning().get()
}

/** Records `views` page views of an article in the hour that contains `at`. */
export function addViewsAt(db: Db, articleId: number, at: Date, views: number) {
  db.insert(articleViews)
    .values(defaults.views(articleId, at, views))
    .onConflictDoNothing()
    .run()
}

export function createAdSlot(db: Db, values: typeof adSlots.$inferInsert) {
  return db.insert(adSlots).values(values).returning().get()
}

export function createJob(db: Db, values: Partial<typeof jobs.$inferInsert> = {}) {
  return db.insert(jobs).values(defaults.job(values)).returning().get()
}

/** A dataset and its values; every series shares the labels, in order. */
export function createDataset(db: Db, { series, ...values }: Partial<typeof datasets.$inferInsert> & { series?: SeriesInput[] } = {}) {
  const dataset = db.insert(datasets).values(defaults.dataset(values)).returning().get()
  const rows = defaults.datasetValues(dataset.id, series)
  if (rows.length > 0) db.insert(datasetValues).values(rows).run()
  return dataset
}

/** A poll with its options in order; returns the poll and the option ids. */
export function createPoll(
  db: Db,
  {
    question = 'Setuju?',
    options = ['Ya', 'Tidak'],
    closesAt = null,
  }: { question?: string; options?: string[]; closesAt?: Date | null } = {},
) {
  const poll = db.insert(polls).values({ question, closesAt }).returning().get()
  const optionIds = options.map(
    (label, position) => db.insert(pollOptions).values({ pollId: poll.id, position, label }).returning().get().id,
  )
  return { ...poll, optionIds }
}
