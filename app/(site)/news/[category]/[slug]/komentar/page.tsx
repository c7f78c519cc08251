import crypto from 'node:crypto'
import { notFound, permanentRedirect } from 'next/navigation'
import { Breadcrumb } from '@/components/breadcrumb'
import { CommentSection } from '@/components/comment-section'
import { Link } from '@/components/link'
import { Pagination } from '@/components/pagination'
import { getArticle } from '@/db/queries/articles'
import { countApprovedComments, countThreads, listApprovedComments, type CommentSort } from '@/db/queries/comments'
import { articleMiss } from '@/lib/server/article-miss'
import { getViewer } from '@/lib/server/auth/viewer'
import { discussionViewer } from '@/lib/server/comments/viewer-state'
import { discussionPath } from '@/lib/comments/window'
import { pageCount, parsePage } from '@/lib/pagination'
import { articlePath, categoryPath } from '@/lib/paths'
import { isValidSlug } from '@/lib/slug'

export const metadata = { robots: { index: false } }

const THREADS_PER_PAGE = 30
const sorts = ['newest', 'oldest', 'liked'] as const

type Props = {
  params: Promise<{ category: string; slug: string }>
  searchParams: Promise<{ urut?: string | string[]; halaman?: string | string[] }>
}

/**
 * The whole discussion of an article, rendered per request for the viewer: every sort, every
 * page, and all comment actions as plain forms, so it works without JavaScript.
 */
export default async function DiscussionPage({ params, searchParams }: Props) {
  const { category, slug } = await params
  const query = await searchParams
  const article = isValidSlug(category) && isValidSlug(slug) ? await getArticle(category, slug) : null
  if (!article) {
    // A moved article's discussion moves with it; a taken-down one's 404 becomes a 410 at the
    // server's edge (docs/decisions/019).
    const miss = await articleMiss(category, slug)
    if (miss?.kind === 'moved') permanentRedirect(discussionPath(miss.to))
    notFound()
  }
  const sort: CommentSort = sorts.find((s) => s === query.urut) ?? 'newest'
  const pages = pageCount(await countThreads(article.id), THREADS_PER_PAGE)
  const page = Math.min(parsePage(typeof query.halaman === 'string' ? query.halaman : null) ?? 1, pages)

  const viewer = await getViewer()
  const now = new Date()
  const path = articlePath(article)
  return (
    <main className="mx-auto max-w-3xl px-4 pt-6">
      <Breadcrumb
        items={[
          { href: categoryPath(article.category.slug), label: article.category.name },
          { href: path, label: article.title },
        ]}
      />
      <h1 className="mt-3 font-serif text-2xl font-bold md:text-3xl">
        Diskusi:{' '}
        <Link href={path} className="hover:text-brand">
          {article.title}
        </Link>
      </h1>
      <CommentSection
        articleId={article.id}
        articlePath={path}
        closed={article.commentMode === 'closed'}
        count={await countApprovedComments(article.id)}
        sort={sort}
        comments={await listApprovedComments(article.id, { sort, limit: THREADS_PER_PAGE, offset: (page - 1) * THREADS_PER_PAGE })}
        initial={viewer ? await discussionViewer(viewer, article.id, now) : null}
        token={crypto.randomBytes(16).toString('base64url')}
        footer={<Pagination page={page} pages={pages} href={(n) => `${discussionPath(path)}?urut=${sort}&halaman=${n}`} />}
      />
    </main>
  )
}
