import { notFound } from 'next/navigation'
import type { ArticleCard, Page } from '@/db/queries/articles'
import { pageCount } from '@/lib/pagination'
import { t } from '@/lib/strings'
import { StoryRow } from './article-card'
import type { Crumb } from './breadcrumb'
import { Pagination } from './pagination'
import { SectionFrame } from './section-frame'

/** A list page (news, category, tag, author): heading, rows of stories, pagination, sidebar. */
export function Listing({
  crumbs,
  title,
  description,
  result,
  page,
  href,
}: {
  crumbs: Crumb[]
  title: string
  description?: string
  result: Page<ArticleCard>
  page: number
  href: (page: number) => string
}) {
  const pages = pageCount(result.total)
  if (page > pages) notFound()
  return (
    <SectionFrame crumbs={crumbs} title={title} description={description} note={pages > 1 ? t.pageOf(page, pages) : undefined}>
      {result.items.length === 0 ? (
        <p className="py-8 text-muted">{t.emptyList}</p>
      ) : (
        <div>
          {result.items.map((article) => (
            <StoryRow key={article.id} article={article} />
          ))}
        </div>
      )}
      <Pagination page={page} pages={pages} href={href} />
    </SectionFrame>
  )
}
