import { Link } from '@/components/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'
import { AdSlot } from '@/components/ad-slot'
import { CommentSection } from '@/components/comment-section'
import { PieceFrame } from '@/components/piece-frame'
import { ViewBeacon } from '@/components/view-beacon.client'
import { listAdSlots } from '@/db/queries/ads'
import { getArticle, listRecentArticleParams } from '@/db/queries/articles'
import { countApprovedComments, countThreads, listApprovedComments } from '@/db/queries/comments'
import { articleMetadata } from '@/lib/article-meta'
import { articlePath, categoryPath } from '@/lib/paths'
import { articleMiss } from '@/lib/server/article-miss'
import { discussionPath } from '@/lib/comments/window'
import { cacheTags, tagRender } from '@/lib/server/revalidate'
import { isStaticRender } from '@/lib/server/static-render'
import { isValidSlug } from '@/lib/slug'
import { t } from '@/lib/strings'

export const revalidate = 300

const ARTICLE_THREADS = 20

type Params = { params: Promise<{ category: string; slug: string }> }

const load = cache(async (category: string, slug: string) =>
  isValidSlug(category) && isValidSlug(slug) ? getArticle(category, slug) : null,
)

export function generateStaticParams() {
  return listRecentArticleParams(60)
}

export async function generateMetadata({ params }: Params) {
  const { category, slug } = await params
  const article = await load(category, slug)
  return article ? articleMetadata(article) : {}
}

/** A news article: the story text in the common frame, with a view count, ads and comments. */
export default async function ArticlePage({ params }: Params) {
  const { category, slug } = await params
  // Tagged before the lookup, so that a cached 404 (an article not yet published) goes too when
  // the desk publishes (lib/server/revalidate.ts contentChanged).
  await tagRender(cacheTags.content)
  const article = await load(category, slug)
  if (!article) {
    // A moved article's old path: 308 to where it is now (the twin answers it itself; a
    // taken-down article's 404 becomes a 410 at the server's edge, docs/decisions/019).
    const miss = isStaticRender() ? null : await articleMiss(category, slug)
    if (miss?.kind === 'moved') permanentRedirect(miss.to)
    notFound()
  }
  // A new comment marks this page stale by its tag, coalesced (lib/server/revalidate.ts).
  await tagRender(cacheTags.article(article.id))

  const path = articlePath(article)
  const ads = await listAdSlots()
  return (
    <PieceFrame
      piece={article}
      path={path}
      crumbs={[
        { href: '/news', label: t.news },
        { href: categoryPath(article.category.slug), label: article.category.name },
      ]}
      top={
        <>
          {isStaticRender() ? <span hidden data-island="view" data-article={article.id} /> : <ViewBeacon articleId={article.id} />}
          <AdSlot slot={ads.get('leaderboard')} className="my-4" />
        </>
      }
      after={
        <>
          <section aria-labelledby="data-promo" className="rounded-md bg-ink p-5 text-white">
            <h2 id="data-promo" className="text-lg font-extrabold">
              <Link href="/data" className="hover:underline">
                {t.dataPromoTitle}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-white/85">{t.dataPromoBody}</p>
          </section>

          <CommentSection
            articleId={article.id}
            articlePath={path}
            closed={article.commentMode === 'closed'}
            count={await countApprovedComments(article.id)}
            sort="newest"
            comments={await listApprovedComments(article.id, { sort: 'newest', limit: ARTICLE_THREADS })}
            footer={
              (await countThreads(article.id)) > ARTICLE_THREADS && (
                <p className="mt-4">
                  <Link href={discussionPath(path)} className="font-semibold text-brand underline">
                    Lihat semua komentar
                  </Link>
                </p>
              )
            }
          />
        </>
      }
    />
  )
}
