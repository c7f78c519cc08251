'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import {
  addReport,
  authorHistory,
  commentByClientToken,
  deleteComment,
  getComment,
  getCommentTarget,
  getModerationSettings,
  insertComment,
  liveComment,
  reporterStanding,
  toggleReaction,
  updateCommentBody,
} from '@/db/queries/comments'
import { reportReasons } from '@/db/schema'
import { id } from '@/lib/fields'
import type { LiveComment } from '@/lib/comments/live'
import { createAction, fail, type ActionResult } from '@/lib/server/action'
import type { Viewer } from '@/lib/server/auth/viewer'
import { normalizeBody } from '@/lib/comments/body'
import {
  BODY_RAW_MAX,
  TOO_LONG,
  bannedWordsPhase,
  commentModePhase,
  lengthPhase,
  runPipeline,
  suspectPhase,
  trustPhase,
  TRUST,
  userStatusPhase,
  type PipelineInput,
} from '@/lib/comments/pipeline'
import { discussionPath } from '@/lib/comments/window'
import { articlePath } from '@/lib/paths'
import { editRefusal, reportCountsToHide, reportsHideComment } from '@/lib/permissions'
import { commentAdded, revalidateArticles } from '@/lib/server/revalidate'

// Refused on its raw length before any regular expression or normalisation runs; the real
// limit (2,000 characters once normalised) is the pipeline's, which says how long it was.
const body = z.string().max(BODY_RAW_MAX, TOO_LONG)
const NOT_FOUND = 'Komentar tidak ditemukan atau sudah dihapus.'

async function pipelineInput(viewer: Viewer, text: string, commentMode: PipelineInput['commentMode'], now: Date): Promise<PipelineInput> {
  const history = await authorHistory(viewer.id, now, TRUST.window)
  const settings = await getModerationSettings()
  return {
    body: text,
    now,
    commentMode,
    author: { ...viewer, approvedComments: history.approvedComments, recentDecisions: history.recentDecisions },
    recent: history.recent,
    settings,
  }
}

/** What the comment island needs after a post: the new comment, or how long to wait. */
export type PostedComment = { comment?: LiveComment; retryAfterSeconds?: number }

/**
 * A new comment. The answer carries the comment itself for the island, and the page is not
 * rendered again: the article's HTML and comment data are refreshed by tag, coalesced per
 * article (lib/server/revalidate.ts, docs/decisions/015).
 */
export const postComment = createAction(
  {
    schema: z.object({
      articleId: id,
      parentId: z.union([z.literal(''), id]).optional(),
      body,
      clientToken: z.string().regex(/^[\w-]{8,64}$/, 'Formulir kedaluwarsa. Muat ulang halaman.'),
    }),
    access: 'create:comment:own',
  },
  async (input, { viewer, now }): Promise<ActionResult<PostedComment>> => {
    const target = await getCommentTarget(input.articleId)
    if (!target) return fail('Berita tidak ditemukan.')
    // The same form sent twice: the first one stands, and the second says what happened to it.
    const sent = await commentByClientToken(viewer.id, input.clientToken)
    if (sent) return await posted(sent.id, sent.status === 'approved', 'Komentar Anda menunggu moderasi.')
    const parentId = input.parentId === '' || input.parentId === undefined ? null : input.parentId
    if (parentId != null) {
      const parent = await getComment(parentId)
      if (!parent || parent.articleId !== target.id || parent.status !== 'approved') {
        return fail('Komentar yang Anda balas tidak ditemukan atau sudah dihapus.')
      }
    }
    const text = normalizeBody(input.body)
    const verdict = runPipeline(await pipelineInput(viewer, text, target.commentMode, now))
    if (verdict.outcome === 'reject') {
      // A twin of this send stored the comment after the check above: its own comment must not count
      // against it (the posting interval, the repeat check), so the answer is the one the twin got.
      const twin = await commentByClientToken(viewer.id, input.clientToken)
      if (twin) return await posted(twin.id, twin.status === 'approved', 'Komentar Anda menunggu moderasi.')
      const refused = { ok: false as const, fieldErrors: { body: [verdict.message] }, formError: verdict.message }
      return verdict.retryAfterSeconds ? { ...refused, data: { retryAfterSeconds: verdict.retryAfterSeconds } } : refused
    }

    const stored = await insertComment({
      articleId: target.id,
      userId: viewer.id,
      parentId,
      body: text,
      status: verdict.outcome === 'approve' ? 'approved' : 'pending',
      reason: verdict.outcome === 'hold' ? verdict.reason : null,
      clientToken: input.clientToken,
      now,
    })
    if (stored.status === 'approved' && !stored.duplicate) commentAdded(target)
    return await posted(
      stored.id,
      stored.status === 'approved',
      `Komentar Anda menunggu moderasi${verdict.outcome === 'hold' ? `: ${verdict.reason}` : '.'}`,
    )
  },
)

/** The answer to a stored post: the comment for the island once it is public, else why it waits. */
async function posted(commentId: number, approved: boolean, waiting: string): Promise<ActionResult<PostedComment>> {
  const comment = approved ? await liveComment(commentId) : null
  return comment ? { ok: true, message: 'Komentar Anda sudah tayang.', data: { comment } } : { ok: true, message: waiting }
}

/** The comment, if it is the viewer's own and still theirs to change. */
async function ownComment(commentId: number, viewer: Viewer) {
  const comment = await getComment(commentId)
  if (!comment || comment.userId !== viewer.id || comment.status === 'deleted') return null
  return comment
}

export const editComment = createAction(
  { schema: z.object({ commentId: id, body }), access: 'update:comment:own' },
  async (input, { viewer, now }) => {
    const comment = await ownComment(input.commentId, viewer)
    if (!comment) return fail(NOT_FOUND)
    const refusal = editRefusal(comment, now)
    if (refusal) return fail(refusal)
    const target = await getCommentTarget(comment.articleId)
    if (!target) return fail('Berita tidak ditemukan.')
    const text = normalizeBody(input.body)
    const verdict = runPipeline(await pipelineInput(viewer, text, target.commentMode, now), [
      lengthPhase,
      commentModePhase,
      userStatusPhase,
      bannedWordsPhase,
      suspectPhase,
      trustPhase,
    ])
    if (verdict.outcome === 'reject') return fail(verdict.message, { body: [verdict.message] })
    // An edit may not release a comment that is waiting for a moderator.
    const status = verdict.outcome === 'hold' || comment.status === 'pending' ? 'pending' : 'approved'
    await updateCommentBody(comment.id, text, status, verdict.outcome === 'hold' ? verdict.reason : null, now)
    revalidateArticles([target])
    return { ok: true, message: status === 'approved' ? 'Komentar disunting.' : 'Komentar disunting dan menunggu moderasi.' }
  },
)

export const removeComment = createAction(
  { schema: z.object({ commentId: id }), access: 'delete:comment:own' },
  async (input, { viewer }) => {
    const comment = await ownComment(input.commentId, viewer)
    if (!comment) return fail(NOT_FOUND)
    await deleteComment(comment.id)
    const target = await getCommentTarget(comment.articleId)
    if (target) revalidateArticles([target])
    return { ok: true, message: 'Komentar dihapus.' }
  },
)

export const likeComment = createAction({ schema: z.object({ commentId: id }), access: 'react:comment:any' }, async (input, { viewer }) => {
  const comment = await getComment(input.commentId)
  if (!comment || comment.status !== 'approved') return fail(NOT_FOUND)
  const { liked, likeCount } = await toggleReaction(comment.id, viewer.id)
  const target = await getCommentTarget(comment.articleId)
  if (target) revalidatePath(discussionPath(articlePath(target)))
  return { ok: true, message: `${liked ? 'Disukai' : 'Batal suka'} · ${likeCount}` }
})

export const reportComment = createAction(
  {
    schema: z.object({
      commentId: id,
      reason: z.enum(reportReasons, 'Pilih alasan laporan.'),
      note: z.string().max(500, 'Keterangan maksimal 500 karakter.').optional(),
    }),
    access: 'report:comment:any',
  },
  async (input, { viewer, now }) => {
    const comment = await getComment(input.commentId)
    if (!comment || comment.status !== 'approved') return fail(NOT_FOUND)
    if (comment.userId === viewer.id) return fail('Anda tidak bisa melaporkan komentar sendiri.')
    const note = input.note ? normalizeBody(input.note) : ''
    if (input.reason === 'other' && !note) return fail('Tuliskan keterangan untuk alasan "Lainnya".', { note: ['Wajib diisi.'] })
    const settings = await getModerationSettings()
    const reporter = await reporterStanding(viewer.id)
    const result = await addReport(
      {
        commentId: comment.id,
        userId: viewer.id,
        reason: input.reason,
        note: note || null,
        countsToHide: reporter != null && reportCountsToHide(reporter, settings, now),
      },
      (reported) => reportsHideComment(reported, settings.reportThreshold),
    )
    if (!result.added) return fail('Anda sudah melaporkan komentar ini.')
    if (result.hidden) {
      const target = await getCommentTarget(comment.articleId)
      if (target) revalidateArticles([target])
    }
    return { ok: true, message: 'Terima kasih. Laporan Anda akan ditinjau moderator.' }
  },
)
