import Image from 'next/image'
import { Link } from '@/components/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { AdSlot } from '@/components/ad-slot'
import { ArticleBody } from '@/components/article-body'
import { Breadcrumb } from '@/components/breadcrumb'
import { CommentSection } from '@/components/comment-section'
import { JsonLd } from '@/components/json-ld'
import { ShareBlock } from '@/components/share-block'
import { Sidebar } from '@/components/sidebar'
import { ViewBeacon } from '@/components/view-beacon.client'
import { listAdSlots } from '@/db/queries/ads'
import { getArticle, listRecentArticleParams } from '@/db/queries/articles'
import { countApprovedComments, countThreads, listApprovedComments } from '@/db/queries/comments'
import { articleMetadata, newsArticleJsonLd } from '@/lib/article-meta'
import { getEnv } from '@/lib/env'
import { formatWib } from '@/lib/format'
import { articlePath, authorPath, categoryPath, tagPath } from '@/lib/paths'
import { discussionPath } from '@/lib/comments/window'
import { isValidSlug } from '@/lib/slug'
import { t } from '@/lib/strings'

export const revalidate = 300

const ARTICLE_THREADS = 20

type Params = { params: Promise<{ category: string; slug: string }> }

const load = cache((category: string, slug: string) =>
  isValidSlug(category) && isValidSlug(slug) ? getArticle(category, slug) : null,
)

export function generateStaticParams() {
  return listRecentArticleParams(60)
}

export async function generateMetadata({ params }: Params) {
  const { category, slug } = await params
  const article = load(category, slug)
  return article ? articleMetadata(article) : {}
}

export default async function ArticlePage({ params }: Params) {
  const { category, slug } = await params
  const article = load(category, slug)
  if (!article) notFound()

  const path = articlePath(article)
  const ads = listAdSlots()
  const commentCount = countApprovedComments(article.id)

  return (
    <main className="mx-auto max-w-6xl px-4">
      <JsonLd data={newsArticleJsonLd(article)} />
      <ViewBeacon articleId={article.id} />
      <AdSlot slot={ads.get('leaderboard')} className="my-4" />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
        <article className="min-w-0 lg:max-w-[720px]">
          <Breadcrumb
            items={[
              { href: '/news', label: t.news },
              { href: categoryPath(article.category.slug), label: article.category.name },
            ]}
          />
          <h1 className="mt-3 font-serif text-[1.75rem] leading-tight font-bold tracking-tight md:text-[2.5rem]">
            {article.title}
          </h1>

          {article.heroImage && (
            <figure className="mt-5">
              <Image
                src={article.heroImage}
                alt={article.heroAlt}
                width={1200}
                height={675}
                sizes="(min-width: 1024px) 720px, 100vw"
                preload
                className="aspect-video w-full rounded-md bg-wash object-cover"
              />
              <figcaption className="mt-2 text-sm leading-snug text-muted">
                {article.heroCaption} {article.heroCredit && <span>({article.heroCredit})</span>}
              </figcaption>
            </figure>
          )}

          <div className="mt-5 flex flex-col gap-1 border-b border-line pb-4 text-sm">
            <p>
              {article.author && (
                <>
                  {t.reporter}:{' '}
                  <Link href={authorPath(article.author.slug)} className="font-semibold hover:text-brand hover:underline">
                    {article.author.name}
                  </Link>
                </>
              )}
              {article.editor && (
                <>
                  <span aria-hidden="true" className="mx-2 text-line">|</span>
                  {t.editor}:{' '}
                  <Link href={authorPath(article.editor.slug)} className="font-semibold hover:text-brand hover:underline">
                    {article.editor.name}
                  </Link>
                </>
              )}
            </p>
            <p className="text-muted">
              <time dateTime={article.publishedAt.toISOString()}>{formatWib(article.publishedAt)}</time>
              {article.updatedAt && article.updatedAt > article.publishedAt && (
                <>
                  <span aria-hidden="true" className="mx-2">·</span>
                  {t.updatedAt} <time dateTime={article.updatedAt.toISOString()}>{formatWib(article.updatedAt)}</time>
                </>
              )}
            </p>
          </div>

          <div className="mt-6">
            <ArticleBody blocks={article.body} dateline={article.dateline} sourceTag={article.sourceTag} />
          </div>

          {article.tags.length > 0 && (
            <section aria-labelledby="tag-heading" className="mt-6 flex flex-wrap items-center gap-2">
              <h2 id="tag-heading" className="mr-1 text-sm font-bold">
                {t.tags}:
              </h2>
              <ul className="flex flex-wrap gap-2">
                {article.tags.map((tag) => (
                  <li key={tag.slug}>
                    <Link
                      href={tagPath(tag.slug)}
                      className="inline-block rounded-full bg-wash px-3 py-1.5 text-sm font-medium hover:bg-brand-soft hover:text-brand-dark"
                    >
                      {tag.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <ShareBlock url={`${getEnv().SITE_URL}${path}`} title={article.title} />

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
            count={commentCount}
            sort="newest"
            comments={listApprovedComments(article.id, { sort: 'newest', limit: ARTICLE_THREADS })}
            footer={
              countThreads(article.id) > ARTICLE_THREADS && (
                <p className="mt-4">
                  <Link href={discussionPath(path)} className="font-semibold text-brand underline">
                    Lihat semua komentar
                  </Link>
                </p>
              )
            }
          />
        </article>
        <aside aria-label="Berita lainnya" className="lg:pt-8">
          <Sidebar exclude={article.id} />
        </aside>
      </div>
    </main>
  )
}
