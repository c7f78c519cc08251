/**
 * Live comments: what the per-article JSON route (`/api/comments/<articleId>`) sends and what
 * the comment action answers with, so the island can show new comments without a reload.
 * Public data only: the route is cached and shared by every reader.
 */
export type LiveComment = {
  id: number
  parentId: number | null
  /** The name of the comment this one answers, for a reply shown outside its thread. */
  parentAuthor: string | null
  authorName: string
  authorIsStaff: boolean
  featured: boolean
  /** ISO 8601. */
  createdAt: string
  edited: boolean
  body: string
  likeCount: number
}

export type LiveComments = {
  /** Approved comments on the article, replies included (the "Komentar (N)" heading). */
  count: number
  /** The newest approved comments, newest first, replies included. */
  comments: LiveComment[]
}

/** How many of the newest comments the route sends. */
export const LIVE_LIMIT = 50
/** How often an open, visible page asks for new comments. */
export const LIVE_POLL_MS = 10_000

export const liveCommentsPath = (articleId: number) => `/api/comments/${articleId}`
