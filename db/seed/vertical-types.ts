// Shapes of the demo content for the Pointer and Jobs sections.
import type { CategorySlug } from './types'

export type DemoPoint = {
  /** A short heading for the point (max ~80 chars). */
  heading: string
  /** One to three sentences. */
  text: string
  /** Who says so: an institution, document or report. */
  source: string
  /** A public URL of the source, if there is one (https only). */
  sourceUrl?: string
}

export type DemoPointer = {
  slug: string
  title: string
  /** One or two sentences (max ~200 chars). */
  summary: string
  /** The news category the topic belongs to. */
  category: CategorySlug
  /** ISO 8601 with +07:00. */
  publishedAt: string
  /** Author slug from news-data's demoAuthors. */
  author: string
  editor: string
  hero: { image: string; alt: string; caption: string; credit: string }
  /** One paragraph introducing the topic. */
  intro: string
  /** 5 to 8 ordered key points. */
  points: DemoPoint[]
  /** Slugs of related demo news articles (from news-data's demoArticles). */
  related: string[]
  tags: string[]
}

export type JobType = 'penuh-waktu' | 'paruh-waktu' | 'kontrak' | 'magang'

export type DemoJob = {
  slug: string
  title: string
  company: string
  /** City, e.g. "Jakarta", "Surabaya", "Bandung", "Remote". */
  location: string
  type: JobType
  /** Field, e.g. "Jurnalistik", "Teknologi", "Pemasaran", "Keuangan", "Desain", "Administrasi". */
  field: string
  /** 2 to 4 paragraphs. */
  description: string[]
  /** 3 to 6 requirements. */
  requirements: string[]
  /** Where to apply: a URL (https) or an email address (one of the two). */
  applyUrl?: string
  applyEmail?: string
  /** A range as text, e.g. "Rp8-12 juta per bulan", or undefined when not disclosed. */
  salary?: string
  /** Days before the seed ran that the job was posted (0-30). */
  postedDaysAgo: number
  /** Days after the seed ran that applications close; negative means already expired. */
  deadlineInDays: number
}
