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

/** What every vertical's piece has, like a news article: where it sits, who wrote it, its picture. */
export type DemoPieceBase = {
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
  /** Slugs of related demo news articles (from news-data's demoArticles). */
  related: string[]
  tags: string[]
}

export type DemoPointer = DemoPieceBase & {
  /** One paragraph introducing the topic. */
  intro: string
  /** 5 to 8 ordered key points. */
  points: DemoPoint[]
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

/** A stored dataset: one or more series of labelled values in one unit. */
export type DemoDataset = {
  slug: string
  title: string
  /** One sentence: what is measured and how. */
  description: string
  /** The unit of every value, e.g. "persen", "juta jiwa", "juta ton". */
  unit: string
  /** What the labels are: "Tahun" (the default when every label is a year), "Provinsi", "Negara". */
  dimension?: string
  source: string
  sourceUrl?: string
  /** The period covered, e.g. "2015-2023" or "Sensus Penduduk 2020". */
  period: string
  /** Every series has the same labels (years, provinces) in the same order. */
  series: { name: string; points: { label: string; value: number }[] }[]
}

/** A data story: paragraphs with charts of stored datasets between them. */
export type DemoDataStory = DemoPieceBase & {
  /** Paragraphs, and charts placed between them by dataset slug. */
  body: (string | { chart: 'line' | 'bar'; dataset: string })[]
  datasets: DemoDataset[]
}

export type DemoQuizQuestion = {
  prompt: string
  /** Three or four options. */
  options: string[]
  /** Index of the right option. */
  answer: number
  /** One or two sentences shown with the result. */
  explanation: string
}

/** What an Interaktif piece is built around. */
export type DemoInteractivePiece =
  | { type: 'poll'; question: string; options: string[] }
  | { type: 'quiz'; questions: DemoQuizQuestion[] }
  | { type: 'timeline'; title: string; events: { date: string; heading: string; text: string }[] }

export type DemoInteractive = DemoPieceBase & {
  /** One to three paragraphs before the piece. */
  intro: string[]
  piece: DemoInteractivePiece
}
