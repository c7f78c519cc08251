import { notFound } from 'next/navigation'
import type { ArticleCard, Page } from '@/db/queries/articles'
import { pageCount } from '@/lib/pagination'
import { t } from '@/lib/strings'
import { StoryRow } from './article-card'
import { Breadcrumb, type Crumb } from './breadcrumb'
import { Pagination } from './pagination'
import { Sidebar } from './sidebar'

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
    <main className="mx-auto max-w-6xl px-4 pt-6">
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="min-w-0">
          <Breadcrumb items={crumbs} />
          <header className="mt-3 mb-6 border-b-2 border-ink pb-4">
            <h1 className="font-serif text-3xl font-bold tracking-tight md:text-4xl">{title}</h1>
            {description && <p className="mt-2 text-muted">{description}</p>}
            {pages > 1 && <p className="mt-1 text-sm text-muted">{t.pageOf(page, pages)}</p>}
          </header>
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
        </div>
        <aside aria-label="Berita lainnya">
          <Sidebar />
        </aside>
      </div>
    </main>
  )
}
