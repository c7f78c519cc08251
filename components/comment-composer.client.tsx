'use client'

import { useState } from 'react'
import { postComment } from '@/lib/server/actions/comments'
import { discussionPath } from '@/lib/comments/window'
import { MiniForm } from './mini-form.client'
import { newToken, useAfterPost, useDiscussionViewer, type DiscussionViewer } from './viewer.client'

/**
 * Where a reader joins the discussion: the sign-in link for anonymous readers (also what the
 * static page shows before JavaScript), the comment form for signed-in ones, and the reader's
 * own comments that wait for a moderator or were refused.
 */
export function CommentComposer({
  articleId,
  articlePath,
  closed,
  initial,
  initialToken,
}: {
  articleId: number
  articlePath: string
  closed: boolean
  initial?: DiscussionViewer | null
  initialToken?: string
}) {
  const { viewer, loaded } = useDiscussionViewer(articleId, initial)
  // The page rendered for a viewer brings a token; the static page makes one in the browser.
  const [token, setToken] = useState(() => initialToken ?? (typeof window === 'undefined' ? '' : newToken()))
  // The form stays, with its "sudah tayang" or "menunggu moderasi" answer; React has emptied the field.
  const done = useAfterPost(articleId, setToken)

  if (!viewer) {
    // Until the island knows the viewer (always, without JavaScript) the static article cannot
    // tell a signed-in reader from an anonymous one: the link goes to the discussion page, which
    // is rendered per request and shows either the form or this prompt. Once the viewer is known
    // to be anonymous, signing in comes straight back to the page they are on.
    const discussion = discussionPath(articlePath)
    const onDiscussion = initial !== undefined
    const href = !onDiscussion && !loaded ? discussion : `/login?callbackUrl=${encodeURIComponent(onDiscussion ? discussion : articlePath)}`
    return (
      <div className="mt-4 rounded-md border border-line bg-wash p-4 text-center">
        <a href={href} className="font-semibold text-brand underline hover:text-brand-dark">
          Login to comment on this news
        </a>
      </div>
    )
  }
  const waiting = viewer.own.filter((c) => c.status === 'pending' || c.status === 'rejected')
  return (
    <div className="mt-4 space-y-3">
      {closed ? (
        <p className="rounded-md bg-wash p-3 text-sm">Komentar untuk berita ini sudah ditutup.</p>
      ) : viewer.restriction ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
          {viewer.restriction}
        </p>
      ) : (
        <MiniForm action={postComment} submitLabel="Kirim" onDone={done} className="space-y-2">
          <input type="hidden" name="articleId" value={articleId} />
          <input type="hidden" name="clientToken" value={token} />
          <label htmlFor={`komentar-baru-${articleId}`} className="block text-sm font-semibold">
            Tulis komentar sebagai {viewer.name}
          </label>
          <textarea
            id={`komentar-baru-${articleId}`}
            name="body"
            required
            rows={3}
            maxLength={2000}
            placeholder="Sampaikan pendapat Anda dengan santun."
            className="block w-full rounded-md border border-line p-3 text-base focus:border-ink"
          />
        </MiniForm>
      )}
      {waiting.length > 0 && (
        <ul className="space-y-2" aria-label="Komentar Anda yang belum tayang">
          {waiting.map((comment) => (
            <li key={comment.id} className="rounded-md border border-dashed border-line p-3 text-sm">
              <span
                className={`inline-block rounded px-1.5 py-0.5 text-xs font-bold whitespace-nowrap ${comment.status === 'pending' ? 'bg-amber-100 text-amber-900' : 'bg-brand-soft text-brand-dark'}`}
              >
                {comment.status === 'pending' ? 'Menunggu moderasi' : 'Ditolak'}
              </span>
              <p className="mt-2 whitespace-pre-line wrap-anywhere">{comment.body}</p>
              {comment.reason && <span className="mt-1 block text-xs text-muted">Alasan: {comment.reason}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
