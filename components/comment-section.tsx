import { Link } from './link'
import type { PublicComment } from '@/db/queries/comments'
import { formatWib } from '@/lib/format'
import { loginPath } from '@/lib/paths'
import { t } from '@/lib/strings'

function CommentItem({ comment, depth }: { comment: PublicComment; depth: number }) {
  return (
    <li className={depth > 0 ? 'mt-4 border-l-2 border-line pl-4' : 'border-b border-line py-5 last:border-b-0'}>
      <article aria-label={`Komentar dari ${comment.authorName}`}>
        <header className="flex flex-wrap items-center gap-2 text-sm">
          <span
            aria-hidden="true"
            className="flex h-8 w-8 items-center justify-center rounded-full bg-wash font-bold text-muted uppercase"
          >
            {comment.authorName.slice(0, 1)}
          </span>
          <span className="font-semibold">{comment.authorName}</span>
          {comment.authorIsStaff && (
            <span className="rounded bg-ink px-1.5 py-0.5 text-[11px] font-bold text-white">{t.staffBadge}</span>
          )}
          {comment.featured && (
            <span className="rounded bg-brand-soft px-1.5 py-0.5 text-[11px] font-bold text-brand-dark">{t.featured}</span>
          )}
          <time dateTime={comment.createdAt.toISOString()} className="text-xs text-muted">
            {formatWib(comment.createdAt)}
          </time>
          {comment.editedAt && <span className="text-xs text-muted">({t.edited})</span>}
        </header>
        <p className="mt-2 text-[15px] leading-relaxed break-words whitespace-pre-line">{comment.body}</p>
      </article>
      {comment.replies.length > 0 && (
        <ol>
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} depth={depth + 1} />
          ))}
        </ol>
      )}
    </li>
  )
}

/** "Komentar (N)": the approved comments and the way in for readers who want to join. */
export function CommentSection({
  articlePath,
  count,
  comments,
}: {
  articlePath: string
  count: number
  comments: PublicComment[]
}) {
  return (
    <section id="komentar" aria-labelledby="komentar-heading" className="mt-10">
      <h2 id="komentar-heading" className="text-xl font-extrabold">
        {t.comments(count)}
      </h2>
      <div className="mt-4 rounded-md border border-line bg-wash p-4 text-center">
        <Link href={loginPath(articlePath)} className="font-semibold text-brand underline hover:text-brand-dark">
          {t.loginToComment}
        </Link>
      </div>
      {comments.length === 0 ? (
        <p className="mt-4 text-sm text-muted">{t.noComments}</p>
      ) : (
        <ol className="mt-2">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} depth={0} />
          ))}
        </ol>
      )}
    </section>
  )
}
