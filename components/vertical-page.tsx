import { listLatest } from '@/db/queries/articles'
import { t, verticals } from '@/lib/strings'
import { StoryRow } from './article-card'
import { Breadcrumb } from './breadcrumb'
import { Sidebar } from './sidebar'

type Vertical = (typeof verticals)[number]

export function verticalByHref(href: Vertical['href']): Vertical {
  const vertical = verticals.find((v) => v.href === href)
  if (!vertical) throw new Error(`Unknown vertical ${href}`)
  return vertical
}

/** The index of a vertical whose own content is not published yet: what it is, and the latest news. */
export function VerticalPage({ href }: { href: Vertical['href'] }) {
  const vertical = verticalByHref(href)
  const latest = listLatest({ limit: 6 })
  return (
    <main className="mx-auto max-w-6xl px-4 pt-6">
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="min-w-0">
          <Breadcrumb items={[{ href: vertical.href, label: vertical.label }]} />
          <header className="mt-3 mb-6 border-b-2 border-ink pb-4">
            <h1 className="font-serif text-3xl font-bold tracking-tight md:text-4xl">{vertical.label}</h1>
            <p className="mt-2 text-muted">{vertical.description}</p>
          </header>
          <p className="mb-6 rounded-md bg-wash p-4 text-sm">{t.comingSoon}</p>
          <h2 className="mb-4 text-lg font-extrabold">{t.latest}</h2>
          {latest.map((article) => (
            <StoryRow key={article.id} article={article} />
          ))}
        </div>
        <aside aria-label="Berita lainnya">
          <Sidebar />
        </aside>
      </div>
    </main>
  )
}
