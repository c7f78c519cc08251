import type { CommentSort, PublicComment } from '@/db/queries/comments'
import { discussionPath } from '@/lib/comments/window'
import { formatWib } from '@/lib/format'
import { t } from '@/lib/strings'
import { CommentBody } from './comment-body'
import { CommentComposer } from './comment-composer.client'
import { CommentControls } from './comment-controls.client'
import { isStaticRender } from '@/lib/server/static-render'
import { Link } from './link'
import { LiveComments } from './live-comments.client'
import type { DiscussionViewer } from './viewer.client'

type Shared = { articleId: number; closed: boolean; initial?: DiscussionViewer | null; token?: string }

function CommentItem({ comment, depth, ...shared }: Shared & { comment: PublicComment; depth: number }) {
  return (
    <li
      id={`komentar-${comment.id}`}
      className={depth > 0 ? 'mt-4 border-l-2 border-line pl-4' : 'border-b border-line py-5 last:border-b-0'}
    >
      {comment.deleted ? (
        <p className="text-sm text-muted italic">Komentar ini telah dihapus.</p>
      ) : (
        <article aria-label={`Komentar dari ${comment.authorName}`}>
          <header className="flex flex-wrap items-center gap-2 text-sm">
            <span
              aria-hidden="true"
              className="flex h-8 w-8 items-center justify-center rounded-full bg-wash font-bold text-muted uppercase"
            >
              {comment.authorName.slice(0, 1)}
            </span>
            <span className="font-semibold">{comment.authorName}</span>
            {comment.authorIsStaff && <span className="rounded bg-ink px-1.5 py-0.5 text-[11px] font-bold text-white">{t.staffBadge}</span>}
            {comment.featured && (
              <span className="rounded bg-brand-soft px-1.5 py-0.5 text-[11px] font-bold text-brand-dark">{t.featured}</span>
            )}
            <time dateTime={comment.createdAt.toISOString()} className="text-xs text-muted">
              {formatWib(comment.createdAt)}
            </time>
            {comment.editedAt && <span className="text-xs text-muted">({t.edited})</span>}
          </header>
          <CommentBody body={comment.body} />
          {isStaticRender() ? (
            <div className="mt-2 text-sm text-muted">
              <span aria-label={`${comment.likeCount} suka`}>♥ {comment.likeCount}</span>
            </div>
          ) : (
            <CommentControls {...shared} commentId={comment.id} likeCount={comment.likeCount} replyToken={shared.token} />
          )}
        </article>
      )}
      {comment.replies.length > 0 && (
        <ol aria-label="Balasan">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} depth={depth + 1} {...shared} />
          ))}
        </ol>
      )}
    </li>
  )
}

/** When the page was rendered, in ms: what the live island compares comments' times with. */
const renderedAt = () => Date.now()

const sorts: { value: CommentSort; label: string }[] = [
  { value: 'newest', label: 'Terbaru' },
  { value: 'oldest', label: 'Terlama' },
  { value: 'liked', label: 'Terpopuler' },
]

/**
 * "Komentar (N)": the way in (sign-in link or form), the sort choices and the approved threads.
 * The same markup serves the static article (viewer unknown until the island asks) and the
 * per-request discussion page (viewer rendered in, so it works without JavaScript).
 */
export function CommentSection({
  articlePath,
  count,
  comments,
  sort,
  footer,
  ...shared
}: Shared & {
  articlePath: string
  count: number
  comments: PublicComment[]
  sort: CommentSort
  footer?: React.ReactNode
}) {
  const discussion = discussionPath(articlePath)
  // Comments written after this render are the live island's news (components/islands/live-comments.ts).
  const live = { articleId: shared.articleId, articlePath, since: renderedAt(), count }
  return (
    <section id="komentar" aria-labelledby="komentar-heading" className="mt-10">
      <h2 id="komentar-heading" className="text-xl font-extrabold">
        {t.comments(count)}
      </h2>
      {isStaticRender() ? (
        <div className="mt-4 rounded-md border border-line bg-wash p-4 text-center">
          {/* Without JavaScript, to the discussion page (its sign-in link comes back to the form);
              the island makes it sign in straight back to the article. */}
          <a
            href={discussion}
            data-island="sign-in"
            data-href={`/login?callbackUrl=${encodeURIComponent(articlePath)}`}
            className="font-semibold text-brand underline hover:text-brand-dark"
          >
            Login to comment on this news
          </a>
        </div>
      ) : (
        <CommentComposer
          articleId={shared.articleId}
          articlePath={articlePath}
          closed={shared.closed}
          initial={shared.initial}
          initialToken={shared.token}
        />
      )}
      {comments.length > 0 && (
        <nav aria-label="Urutkan komentar" className="mt-5 flex gap-1 text-sm">
          {sorts.map((option) => (
            <Link
              key={option.value}
              href={`${discussion}?urut=${option.value}`}
              aria-current={option.value === sort ? 'true' : undefined}
              className={`rounded-full px-3 py-1 font-semibold ${option.value === sort ? 'bg-ink text-white' : 'text-muted hover:bg-wash'}`}
            >
              {option.label}
            </Link>
          ))}
        </nav>
      )}
      {shared.closed && count === 0 ? null : isStaticRender() ? (
        <div
          data-island="live-comments"
          data-article={live.articleId}
          data-path={live.articlePath}
          data-since={live.since}
          data-count={live.count}
          className="peer"
        />
      ) : (
        <LiveComments {...live} className="peer" />
      )}
      {comments.length === 0 ? (
        // Hidden once the live island has the first comments to show.
        <p className="mt-4 text-sm text-muted peer-data-news:hidden">{t.noComments}</p>
      ) : (
        <ol className="mt-2">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} depth={0} {...shared} />
          ))}
        </ol>
      )}
      {footer}
    </section>
  )
}
