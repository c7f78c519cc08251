import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch() * 1000)`)

export const roles = ['reader', 'moderator', 'writer', 'editor', 'admin'] as const
export const userStatuses = ['active', 'suspended', 'banned'] as const
export const articleKinds = ['news', 'data', 'pointer', 'interactive', 'program'] as const
/** Desk states of an article; only `published` is ever shown to readers. */
export const articleStatuses = ['draft', 'review', 'scheduled', 'published', 'taken_down'] as const
export type ArticleStatus = (typeof articleStatuses)[number]
/** Why an article was taken down, as shown on its 410 notice. */
export const takedownReasons = ['legal', 'privacy', 'inaccurate', 'council', 'other'] as const
export type TakedownReason = (typeof takedownReasons)[number]
export const commentModes = ['open', 'premoderated', 'closed'] as const
export const commentStatuses = ['pending', 'approved', 'rejected', 'deleted'] as const

export type Role = (typeof roles)[number]
export type UserStatus = (typeof userStatuses)[number]
export type CommentMode = (typeof commentModes)[number]

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role', { enum: roles }).notNull().default('reader'),
    status: text('status', { enum: userStatuses }).notNull().default('active'),
    suspendedUntil: integer('suspended_until', { mode: 'timestamp_ms' }),
    sessionVersion: integer('session_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email)],
)

export const categories = sqliteTable(
  'categories',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('categories_slug_unique').on(t.slug)],
)

export const authors = sqliteTable(
  'authors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    bio: text('bio').notNull().default(''),
  },
  (t) => [uniqueIndex('authors_slug_unique').on(t.slug)],
)

/** Inline formatting of a paragraph: a range of its text, in UTF-16 offsets, end exclusive. */
export type TextMark = { type: 'bold' | 'italic'; from: number; to: number } | { type: 'link'; from: number; to: number; href: string }

export const embedProviders = ['youtube', 'spotify', 'x'] as const
export type EmbedProvider = (typeof embedProviders)[number]

/**
 * A body block. Text is plain text everywhere (rendered as text); a paragraph's bold, italic and
 * links are ranges over it. The desk writes paragraph, heading, quote, list, image, related,
 * embed and chart (lib/desk/blocks.ts validates them); the other kinds come with their verticals.
 */
export type BodyBlock =
  | { type: 'paragraph'; text: string; marks?: TextMark[] }
  | { type: 'heading'; text: string }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'image'; mediaId: number; alt: string; caption?: string; credit?: string }
  | { type: 'related'; articleId: number }
  | { type: 'embed'; provider: EmbedProvider; id: string; title: string }
  | { type: 'point'; heading: string; text: string; source: string; sourceUrl?: string }
  | { type: 'chart'; chart: ChartKind; datasetId: number }
  | { type: 'poll'; pollId: number }
  | { type: 'quiz'; questions: QuizQuestion[] }
  | { type: 'timeline'; title: string; events: TimelineEvent[] }

export const chartKinds = ['line', 'bar'] as const
export type ChartKind = (typeof chartKinds)[number]
/** A quiz question; `answer` is the index of the right option and never leaves the server. */
export type QuizQuestion = { prompt: string; options: string[]; answer: number; explanation: string }
export type TimelineEvent = { date: string; heading: string; text: string }

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: articleKinds }).notNull().default('news'),
    slug: text('slug').notNull(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body', { mode: 'json' }).$type<BodyBlock[]>().notNull(),
    heroImage: text('hero_image'),
    heroAlt: text('hero_alt').notNull().default(''),
    heroCaption: text('hero_caption').notNull().default(''),
    heroCredit: text('hero_credit').notNull().default(''),
    dateline: text('dateline').notNull().default('Jakarta'),
    sourceTag: text('source_tag'),
    authorId: integer('author_id').references(() => authors.id),
    editorId: integer('editor_id').references(() => authors.id),
    status: text('status', { enum: articleStatuses }).notNull().default('draft'),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
    commentMode: text('comment_mode', { enum: commentModes }).notNull().default('open'),
    createdAt: createdAt(),
    /** A hero image of the media library; when set it takes the place of `heroImage`. */
    heroMediaId: integer('hero_media_id').references((): AnySQLiteColumn => media.id, { onDelete: 'set null' }),
    /** Bumped by every desk save: a save of an older version is refused (optimistic locking). */
    version: integer('version').notNull().default(1),
    /** When a scheduled article goes live (status `scheduled`). */
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
    takenDownAt: integer('taken_down_at', { mode: 'timestamp_ms' }),
    takedownReason: text('takedown_reason', { enum: takedownReasons }),
    createdBy: integer('created_by').references((): AnySQLiteColumn => users.id, { onDelete: 'set null' }),
    updatedBy: integer('updated_by').references((): AnySQLiteColumn => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('articles_kind_slug_unique').on(t.kind, t.slug),
    index('articles_scheduled_idx').on(t.status, t.scheduledAt),
    index('articles_status_published_idx').on(t.status, t.publishedAt),
    index('articles_category_published_idx').on(t.categoryId, t.status, t.publishedAt),
    index('articles_author_published_idx').on(t.authorId, t.status, t.publishedAt),
  ],
)

export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('tags_slug_unique').on(t.slug)],
)

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId)],
)

/** Page views per article per hour (hour = unix time / 3600), written in batches. */
export const articleViews = sqliteTable(
  'article_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hour: integer('hour').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.hour] }), index('article_views_hour_idx').on(t.hour)],
)

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => comments.id),
    body: text('body').notNull(),
    status: text('status', { enum: commentStatuses }).notNull().default('pending'),
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
    likeCount: integer('like_count').notNull().default(0),
    editedAt: integer('edited_at', { mode: 'timestamp_ms' }),
    moderatedBy: integer('moderated_by').references(() => users.id, { onDelete: 'set null' }),
    moderatedAt: integer('moderated_at', { mode: 'timestamp_ms' }),
    moderationReason: text('moderation_reason'),
    /** Set by the form: the same token twice from one user stores one comment. */
    clientToken: text('client_token'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('comments_user_client_token_unique').on(t.userId, t.clientToken),
    index('comments_article_status_idx').on(t.articleId, t.status, t.createdAt),
    index('comments_user_idx').on(t.userId, t.createdAt),
    index('comments_parent_idx').on(t.parentId),
    check('comments_body_length', sql`length(${t.body}) between 1 and 2000`),
  ],
)

/** Advertising slots with a reserved size; an empty slot shows the house placeholder. */
export const adSlots = sqliteTable(
  'ad_slots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    name: text('name').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    imageUrl: text('image_url'),
    linkUrl: text('link_url'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('ad_slots_key_unique').on(t.key)],
)

/** Failed sign-in and registration attempts per key (account, account+IP, IP), for back-off. */
export const authThrottle = sqliteTable('auth_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: integer('last_failure_at', { mode: 'timestamp_ms' }).notNull(),
})

export const reportReasons = ['spam', 'abusive', 'sara', 'misinformation', 'other'] as const
export type ReportReason = (typeof reportReasons)[number]

export const commentReports = sqliteTable(
  'comment_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: reportReasons }).notNull(),
    note: text('note'),
    /** Set when a moderator has decided on the comment; the report then leaves the queue. */
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    /**
     * Whether the reporter was an established reader (or staff) when reporting: only such reports
     * count toward hiding the comment before review; the others only queue it.
     */
    countsToHide: integer('counts_to_hide', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('comment_reports_one_per_user').on(t.commentId, t.userId),
    index('comment_reports_open_idx').on(t.resolvedAt, t.createdAt),
  ],
)

export const commentReactions = sqliteTable(
  'comment_reactions',
  {
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index('comment_reactions_user_idx').on(t.userId)],
)

export const wordListKinds = ['banned', 'suspect'] as const

/** Moderation word lists: banned words refuse a comment, suspect words hold it for review. */
export const wordLists = sqliteTable(
  'word_lists',
  {
    kind: text('kind', { enum: wordListKinds }).notNull(),
    word: text('word').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.word] })],
)

/** Site settings as JSON values, e.g. the report threshold or holding first comments. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
})

/**
 * The audit log: every moderation, user and settings action. Append-only (database triggers
 * refuse UPDATE and DELETE); the actor's name is copied so the log outlives deleted accounts.
 */
export const moderationActions = sqliteTable(
  'moderation_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type', { enum: ['comment', 'user', 'article', 'settings', 'media'] }).notNull(),
    targetId: integer('target_id'),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [
    index('moderation_actions_created_idx').on(t.createdAt),
    index('moderation_actions_target_idx').on(t.targetType, t.targetId),
    index('moderation_actions_actor_idx').on(t.actorId),
  ],
)

export const jobTypes = ['penuh-waktu', 'paruh-waktu', 'kontrak', 'magang'] as const

/** Job listings: open until their deadline, then they leave the list but keep their page. */
export const jobs = sqliteTable(
  'jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    company: text('company').notNull(),
    location: text('location').notNull(),
    type: text('type', { enum: jobTypes }).notNull(),
    field: text('field').notNull(),
    description: text('description', { mode: 'json' }).$type<string[]>().notNull(),
    requirements: text('requirements', { mode: 'json' }).$type<string[]>().notNull(),
    applyUrl: text('apply_url'),
    applyEmail: text('apply_email'),
    salary: text('salary'),
    postedAt: integer('posted_at', { mode: 'timestamp_ms' }).notNull(),
    deadline: integer('deadline', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('jobs_slug_unique').on(t.slug),
    index('jobs_deadline_idx').on(t.deadline),
    index('jobs_location_idx').on(t.location, t.deadline),
  ],
)

export const programs = sqliteTable(
  'programs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    format: text('format', { enum: ['video', 'podcast'] }).notNull(),
    description: text('description').notNull(),
    host: text('host').notNull(),
    image: text('image').notNull(),
  },
  (t) => [uniqueIndex('programs_slug_unique').on(t.slug)],
)

/** An episode of a program; its player is a third-party embed that loads only on a click. */
export const episodes = sqliteTable(
  'episodes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull(),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
    durationSeconds: integer('duration_seconds').notNull(),
    provider: text('provider', { enum: ['youtube', 'spotify'] }).notNull(),
    mediaId: text('media_id').notNull(),
  },
  (t) => [index('episodes_program_published_idx').on(t.programId, t.publishedAt)],
)

/** A stored dataset behind a data story's charts: values in one unit, with source and period. */
export const datasets = sqliteTable(
  'datasets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    unit: text('unit').notNull(),
    /** What the labels are: "Tahun", "Provinsi", "Negara". */
    dimension: text('dimension').notNull(),
    source: text('source').notNull(),
    sourceUrl: text('source_url'),
    period: text('period').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('datasets_slug_unique').on(t.slug)],
)

/** One value of a dataset: a series (for several lines), a label on the x axis and its position. */
export const datasetValues = sqliteTable(
  'dataset_values',
  {
    datasetId: integer('dataset_id')
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    series: text('series').notNull(),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    value: real('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.series, t.position] })],
)

/** A reader poll; its options are numbered by position, its votes counted from poll_votes. */
export const polls = sqliteTable('polls', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  question: text('question').notNull(),
  closesAt: integer('closes_at', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
})

export const pollOptions = sqliteTable(
  'poll_options',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pollId: integer('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
  },
  (t) => [uniqueIndex('poll_options_poll_position_unique').on(t.pollId, t.position)],
)

/**
 * One vote per account and one per browser: a vote always records the browser's key, and the
 * account's id when signed in. Both are unique per poll, so a second vote conflicts and is not
 * stored, whatever the timing.
 */
export const pollVotes = sqliteTable(
  'poll_votes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pollId: integer('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    optionId: integer('option_id')
      .notNull()
      .references(() => pollOptions.id, { onDelete: 'cascade' }),
    browserKey: text('browser_key').notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('poll_votes_poll_browser_unique').on(t.pollId, t.browserKey),
    uniqueIndex('poll_votes_poll_user_unique').on(t.pollId, t.userId),
    index('poll_votes_option_idx').on(t.optionId),
  ],
)

/** One variant family of a library image: the whole picture or a crop, at the widths it was encoded at. */
export type MediaVariant = { aspect: 'full' | '16x9' | '1x1'; widths: number[]; height: number; width: number }

/**
 * The newsroom's image library. Files live under MEDIA_DIR, named by `hash` (of the original's
 * bytes and the focal point), so a name always means the same bytes; `variants` lists what was
 * encoded (every width in AVIF, WebP and JPEG).
 */
export const media = sqliteTable(
  'media',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hash: text('hash').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    alt: text('alt').notNull(),
    caption: text('caption'),
    credit: text('credit'),
    focusX: real('focus_x').notNull().default(0.5),
    focusY: real('focus_y').notNull().default(0.5),
    variants: text('variants', { mode: 'json' }).$type<MediaVariant[]>().notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('media_hash_unique').on(t.hash), index('media_created_idx').on(t.createdAt)],
)

export const noteKinds = ['correction', 'update', 'reply'] as const
export type NoteKind = (typeof noteKinds)[number]

/**
 * Dated notes on a published article, as the cyber media guideline (Pedoman Pemberitaan Media
 * Siber) asks: a correction, an update or a right of reply, linked to the original story and kept.
 */
export const articleNotes = sqliteTable(
  'article_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: noteKinds }).notNull(),
    text: text('text').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('article_notes_article_idx').on(t.articleId, t.createdAt),
    index('article_notes_created_idx').on(t.createdAt),
    check('article_notes_kind_check', sql`${t.kind} in ('correction', 'update', 'reply')`),
  ],
)

/** Co-bylines: the article's authors after the first (`articles.author_id`), in order. */
export const articleAuthors = sqliteTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.authorId] }), index('article_authors_author_idx').on(t.authorId)],
)

/** Everything the desk edits, as one revision keeps it. */
export type ArticleSnapshot = {
  title: string
  slug: string
  summary: string
  categoryId: number
  tagIds: number[]
  authorIds: number[]
  sourceTag: string | null
  heroMediaId: number | null
  heroCaption: string
  heroCredit: string
  commentMode: CommentMode
  body: BodyBlock[]
}

/**
 * Every desk save of an article: who saved what when. `version` is the article's version the
 * save produced; a save refused as stale (someone saved in between) is kept too, `applied` false,
 * with the version it was based on, so neither person's work is lost.
 */
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    applied: integer('applied', { mode: 'boolean' }).notNull().default(true),
    snapshot: text('snapshot', { mode: 'json' }).$type<ArticleSnapshot>().notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.id)],
)

/** Old paths of articles whose slug or category changed after publishing: answered with a 308. */
export const articleRedirects = sqliteTable('article_redirects', {
  path: text('path').primaryKey(),
  articleId: integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
})

/** Who has an article open in the desk: a heartbeat every few seconds while the editor is open. */
export const deskPresence = sqliteTable(
  'desk_presence',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seenAt: integer('seen_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
)
