// The PostgreSQL twin of db/schema.ts: the same tables, columns, keys, indexes, defaults and checks,
// in PostgreSQL's types (timestamptz for times, boolean, jsonb). The row types, enums and the
// meaning of each table are documented in db/schema.ts; tests/integration/schema-dialects.test.ts
// keeps the two in step. The search documents, the unaccent wrapper and the audit log's
// append-only trigger are raw SQL in db/migrations-pg (see docs/decisions/022-postgresql.md).
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'
import {
  articleKinds,
  articleStatuses,
  commentModes,
  commentStatuses,
  jobTypes,
  noteKinds,
  reportReasons,
  roles,
  takedownReasons,
  userStatuses,
  wordListKinds,
  type ArticleSnapshot,
  type BodyBlock,
  type MediaVariant,
} from './schema'

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role', { enum: roles }).notNull().default('reader'),
    status: text('status', { enum: userStatuses }).notNull().default('active'),
    suspendedUntil: timestamp('suspended_until', { withTimezone: true, mode: 'date' }),
    sessionVersion: integer('session_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email)],
)

export const categories = pgTable(
  'categories',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('categories_slug_unique').on(t.slug)],
)

export const authors = pgTable(
  'authors',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    bio: text('bio').notNull().default(''),
  },
  (t) => [uniqueIndex('authors_slug_unique').on(t.slug)],
)

export const articles = pgTable(
  'articles',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind', { enum: articleKinds }).notNull().default('news'),
    slug: text('slug').notNull(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: jsonb('body').$type<BodyBlock[]>().notNull(),
    heroImage: text('hero_image'),
    heroAlt: text('hero_alt').notNull().default(''),
    heroCaption: text('hero_caption').notNull().default(''),
    heroCredit: text('hero_credit').notNull().default(''),
    dateline: text('dateline').notNull().default('Jakarta'),
    sourceTag: text('source_tag'),
    authorId: integer('author_id').references(() => authors.id),
    editorId: integer('editor_id').references(() => authors.id),
    status: text('status', { enum: articleStatuses }).notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }),
    commentMode: text('comment_mode', { enum: commentModes }).notNull().default('open'),
    createdAt: createdAt(),
    heroMediaId: integer('hero_media_id').references((): AnyPgColumn => media.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true, mode: 'date' }),
    takenDownAt: timestamp('taken_down_at', { withTimezone: true, mode: 'date' }),
    takedownReason: text('takedown_reason', { enum: takedownReasons }),
    createdBy: integer('created_by').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    updatedBy: integer('updated_by').references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('articles_kind_slug_unique').on(t.kind, t.slug),
    index('articles_scheduled_idx').on(t.status, t.scheduledAt),
    index('articles_status_published_idx').on(t.status, t.publishedAt),
    index('articles_category_published_idx').on(t.categoryId, t.status, t.publishedAt),
    index('articles_author_published_idx').on(t.authorId, t.status, t.publishedAt),
  ],
)

export const tags = pgTable(
  'tags',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('tags_slug_unique').on(t.slug)],
)

export const articleTags = pgTable(
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

export const articleViews = pgTable(
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

export const comments = pgTable(
  'comments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    parentId: integer('parent_id').references((): AnyPgColumn => comments.id),
    body: text('body').notNull(),
    status: text('status', { enum: commentStatuses }).notNull().default('pending'),
    featured: boolean('featured').notNull().default(false),
    likeCount: integer('like_count').notNull().default(0),
    editedAt: timestamp('edited_at', { withTimezone: true, mode: 'date' }),
    moderatedBy: integer('moderated_by').references(() => users.id, { onDelete: 'set null' }),
    moderatedAt: timestamp('moderated_at', { withTimezone: true, mode: 'date' }),
    moderationReason: text('moderation_reason'),
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

export const adSlots = pgTable(
  'ad_slots',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    imageUrl: text('image_url'),
    linkUrl: text('link_url'),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('ad_slots_key_unique').on(t.key)],
)

export const authThrottle = pgTable('auth_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true, mode: 'date' }).notNull(),
})

export const commentReports = pgTable(
  'comment_reports',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: reportReasons }).notNull(),
    note: text('note'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'date' }),
    countsToHide: boolean('counts_to_hide').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('comment_reports_one_per_user').on(t.commentId, t.userId),
    index('comment_reports_open_idx').on(t.resolvedAt, t.createdAt),
  ],
)

export const commentReactions = pgTable(
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

export const wordLists = pgTable(
  'word_lists',
  {
    kind: text('kind', { enum: wordListKinds }).notNull(),
    word: text('word').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.word] })],
)

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
})

export const moderationActions = pgTable(
  'moderation_actions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
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

export const jobs = pgTable(
  'jobs',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    company: text('company').notNull(),
    location: text('location').notNull(),
    type: text('type', { enum: jobTypes }).notNull(),
    field: text('field').notNull(),
    description: jsonb('description').$type<string[]>().notNull(),
    requirements: jsonb('requirements').$type<string[]>().notNull(),
    applyUrl: text('apply_url'),
    applyEmail: text('apply_email'),
    salary: text('salary'),
    postedAt: timestamp('posted_at', { withTimezone: true, mode: 'date' }).notNull(),
    deadline: timestamp('deadline', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('jobs_slug_unique').on(t.slug),
    index('jobs_deadline_idx').on(t.deadline),
    index('jobs_location_idx').on(t.location, t.deadline),
  ],
)

export const programs = pgTable(
  'programs',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    format: text('format', { enum: ['video', 'podcast'] }).notNull(),
    description: text('description').notNull(),
    host: text('host').notNull(),
    image: text('image').notNull(),
  },
  (t) => [uniqueIndex('programs_slug_unique').on(t.slug)],
)

export const episodes = pgTable(
  'episodes',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull(),
    durationSeconds: integer('duration_seconds').notNull(),
    provider: text('provider', { enum: ['youtube', 'spotify'] }).notNull(),
    mediaId: text('media_id').notNull(),
  },
  (t) => [index('episodes_program_published_idx').on(t.programId, t.publishedAt)],
)

export const datasets = pgTable(
  'datasets',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    unit: text('unit').notNull(),
    dimension: text('dimension').notNull(),
    source: text('source').notNull(),
    sourceUrl: text('source_url'),
    period: text('period').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('datasets_slug_unique').on(t.slug)],
)

export const datasetValues = pgTable(
  'dataset_values',
  {
    datasetId: integer('dataset_id')
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    series: text('series').notNull(),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.series, t.position] })],
)

export const polls = pgTable('polls', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  question: text('question').notNull(),
  closesAt: timestamp('closes_at', { withTimezone: true, mode: 'date' }),
  createdAt: createdAt(),
})

export const pollOptions = pgTable(
  'poll_options',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    pollId: integer('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
  },
  (t) => [uniqueIndex('poll_options_poll_position_unique').on(t.pollId, t.position)],
)

export const pollVotes = pgTable(
  'poll_votes',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
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

export const media = pgTable(
  'media',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    hash: text('hash').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    alt: text('alt').notNull(),
    caption: text('caption'),
    credit: text('credit'),
    focusX: doublePrecision('focus_x').notNull().default(0.5),
    focusY: doublePrecision('focus_y').notNull().default(0.5),
    variants: jsonb('variants').$type<MediaVariant[]>().notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('media_hash_unique').on(t.hash), index('media_created_idx').on(t.createdAt)],
)

export const articleNotes = pgTable(
  'article_notes',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
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

export const articleAuthors = pgTable(
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

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    applied: boolean('applied').notNull().default(true),
    snapshot: jsonb('snapshot').$type<ArticleSnapshot>().notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.id)],
)

export const articleRedirects = pgTable('article_redirects', {
  path: text('path').primaryKey(),
  articleId: integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
})

export const deskPresence = pgTable(
  'desk_presence',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seenAt: timestamp('seen_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
)
