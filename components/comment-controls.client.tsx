'use client'

import { useCallback, useState } from 'react'
import { editComment, likeComment, postComment, removeComment, reportComment } from '@/lib/server/actions/comments'
import { reportReasonLabels } from '@/lib/strings'
import { MiniForm } from './mini-form.client'
import { newToken, refreshViewer, useAfterPost, useDiscussionViewer, type DiscussionViewer } from './viewer.client'

const summary = 'cursor-pointer list-none rounded-full px-2 py-1 text-sm font-semibold text-muted hover:bg-wash hover:text-ink'
const quiet = 'rounded-full px-2 py-1 text-sm font-semibold text-muted hover:bg-wash hover:text-ink'

const reasons = Object.entries(reportReasonLabels)

/**
 * What a signed-in reader can do with one comment: like, reply, report, and for their own
 * comment within 15 minutes, edit or delete. Each is a plain form (details/summary to open it),
 * so it works without JavaScript on the discussion page.
 */
export function CommentControls({
  articleId,
  commentId,
  likeCount,
  closed,
  initial,
  replyToken,
}: {
  articleId: number
  commentId: number
  likeCount: number
  closed: boolean
  initial?: DiscussionViewer | null
  replyToken?: string
}) {
  const { viewer } = useDiscussionViewer(articleId, initial)
  // Each reply form has its own token, so a double submit stores one reply; a new one after each.
  const [token, setToken] = useState(() => (replyToken ? `${replyToken}${commentId}` : typeof window === 'undefined' ? '' : newToken()))
  const refresh = useCallback(() => void refreshViewer(articleId), [articleId])
  // Shown by the live island at once, as a reply saying whom it answers.
  const replied = useAfterPost(articleId, setToken)
  const likes = <span aria-label={`${likeCount} suka`}>♥ {likeCount}</span>
  if (!viewer || !viewer.canComment) return <div className="mt-2 text-sm text-muted">{likes}</div>

  const own = viewer.own.find((c) => c.id === commentId)
  const liked = viewer.liked.includes(commentId)
  const reported = viewer.reported.includes(commentId)
  const id = (name: string) => `${name}-${commentId}`
  return (
    <div className="mt-2 flex flex-wrap items-start gap-1">
      <MiniForm
        action={likeComment}
        submitLabel={
          <>
            {liked ? 'Batal suka' : 'Suka'} ({likeCount})
          </>
        }
        buttonClassName={quiet}
        onDone={refresh}
      >
        <input type="hidden" name="commentId" value={commentId} />
      </MiniForm>
      {!closed && (
        <details className="group">
          <summary className={summary}>Balas</summary>
          <MiniForm action={postComment} submitLabel="Kirim balasan" onDone={replied} className="mt-2 w-full space-y-2">
            <input type="hidden" name="articleId" value={articleId} />
            <input type="hidden" name="parentId" value={commentId} />
            <input type="hidden" name="clientToken" value={token} />
            <label htmlFor={id('balas')} className="sr-only">
              Balasan
            </label>
            <textarea
              id={id('balas')}
              name="body"
              required
              rows={2}
              maxLength={2000}
              className="block w-full min-w-72 rounded-md border border-line p-2 text-base"
            />
          </MiniForm>
        </details>
      )}
      {own?.editable && (
        <details>
          <summary className={summary}>Sunting</summary>
          <MiniForm action={editComment} submitLabel="Simpan" onDone={refresh} className="mt-2 space-y-2">
            <input type="hidden" name="commentId" value={commentId} />
            <label htmlFor={id('sunting')} className="sr-only">
              Sunting komentar
            </label>
            <textarea
              id={id('sunting')}
              name="body"
              required
              rows={3}
              maxLength={2000}
              defaultValue={own.body}
              className="block w-full min-w-72 rounded-md border border-line p-2 text-base"
            />
          </MiniForm>
        </details>
      )}
      {own && (
        <MiniForm action={removeComment} submitLabel="Hapus" buttonClassName={quiet} onDone={refresh}>
          <input type="hidden" name="commentId" value={commentId} />
        </MiniForm>
      )}
      {!own && !reported && (
        <details>
          <summary className={summary}>Laporkan</summary>
          <MiniForm action={reportComment} submitLabel="Kirim laporan" onDone={refresh} className="mt-2 space-y-2">
            <input type="hidden" name="commentId" value={commentId} />
            <fieldset>
              <legend className="text-sm font-semibold">Alasan</legend>
              {reasons.map(([value, label]) => (
                <label key={value} className="flex items-center gap-2 text-sm">
                  <input type="radio" name="reason" value={value} required className="accent-brand" />
                  {label}
                </label>
              ))}
            </fieldset>
            <label htmlFor={id('catatan')} className="block text-sm">
              Keterangan (wajib untuk &ldquo;Lainnya&rdquo;)
            </label>
            <input
              id={id('catatan')}
              name="note"
              maxLength={500}
              className="block h-9 w-full rounded-md border border-line px-2 text-base"
            />
          </MiniForm>
        </details>
      )}
      {reported && <span className="px-2 py-1 text-sm text-muted">Sudah dilaporkan</span>}
    </div>
  )
}
