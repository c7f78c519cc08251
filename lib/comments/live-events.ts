import type { LiveComment } from './live'

/**
 * The reader's own comment, the moment the action answers: the comment form and the live
 * comments of the page are separate islands (one React, one plain DOM), so they meet on the
 * document rather than through props.
 */
export const COMMENT_POSTED = 'fakta:comment-posted'

export type CommentPosted = { articleId: number; comment: LiveComment }

export function announcePosted(detail: CommentPosted): void {
  document.dispatchEvent(new CustomEvent<CommentPosted>(COMMENT_POSTED, { detail }))
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** A comment as the route and the action send it; anything else is not shown. */
export function isLiveComment(value: unknown): value is LiveComment {
  return (
    isObject(value) &&
    Number.isInteger(value.id) &&
    (value.parentId === null || Number.isInteger(value.parentId)) &&
    (value.parentAuthor === null || typeof value.parentAuthor === 'string') &&
    typeof value.authorName === 'string' &&
    typeof value.body === 'string' &&
    typeof value.createdAt === 'string' &&
    !Number.isNaN(Date.parse(value.createdAt)) &&
    typeof value.likeCount === 'number'
  )
}

/** The approved comment an answer of the comment action carries, if it carries one. */
export function postedComment(data: unknown): LiveComment | null {
  return isObject(data) && isLiveComment(data.comment) ? data.comment : null
}

/** How long the posting limit says to wait, in whole seconds, if the answer says so. */
export function retryAfterSeconds(data: unknown): number | null {
  if (!isObject(data) || typeof data.retryAfterSeconds !== 'number' || !(data.retryAfterSeconds > 0)) return null
  return Math.ceil(data.retryAfterSeconds)
}
