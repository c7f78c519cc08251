// Shapes of the demo content. The seed script (db/seed.ts) turns these into rows.

export type CategorySlug = 'nasional' | 'internasional' | 'ekonomi' | 'politik' | 'hukum' | 'olahraga' | 'teknologi' | 'kesehatan'

/** A body item: a paragraph of plain text, or an inline "Baca juga" link to another demo article by slug. */
export type DemoBlock = string | { related: string }

export type DemoArticle = {
  slug: string
  category: CategorySlug
  title: string
  /** One or two sentences, used for the meta description and list teasers (max ~200 chars). */
  summary: string
  /** Dateline city, rendered as "FAKTA.COM, <city> -" before the first paragraph. */
  city: string
  body: DemoBlock[]
  /** Agency code rendered as "(ANT)" after the last paragraph, or undefined for own reporting. */
  sourceTag?: string
  tags: string[]
  /** Author slug (see DemoAuthor.slug). */
  author: string
  /** Editor slug (see DemoAuthor.slug). */
  editor: string
  /** ISO 8601 with +07:00 offset. */
  publishedAt: string
  /** ISO 8601 with +07:00 offset, when the story was edited after publication. */
  updatedAt?: string
  hero: {
    /** Image key: a file public/images/<key>.jpg (see the README on the demo images). */
    image: string
    alt: string
    caption: string
    credit: string
  }
  /** Relative weight of demo page views (1 = ordinary, 10 = very popular). */
  popularity: number
}

export type DemoAuthor = {
  slug: string
  name: string
  /** "Reporter", "Editor", "Redaktur Pelaksana", ... */
  title: string
  bio: string
}

export type DemoComment = {
  article: string
  /** Display name of the demo commenter. */
  by: string
  body: string
  /** Minutes after the article's publication. */
  afterMinutes: number
  replies?: { by: string; body: string; afterMinutes: number }[]
}
