import type { ArticleCard } from '@/db/queries/articles'
import { adSlots, latestHeadlines, popularHeadlines } from '@/lib/server/site'
import { t } from '@/lib/strings'
import { AdSlot } from './ad-slot'
import { HeadlineItem } from './article-card'
import { Tabs } from './popular-tabs.client'

export function SectionHeading({ children, id }: { children: React.ReactNode; id?: string }) {
  return (
    <h2 id={id} className="mb-3 flex items-center gap-2 text-lg font-extrabold tracking-tight">
      <span className="inline-block h-5 w-1.5 rounded-sm bg-brand" aria-hidden="true" />
      {children}
    </h2>
  )
}

function HeadlineList({ articles, ranked = false }: { articles: ArticleCard[]; ranked?: boolean }) {
  if (articles.length === 0) return <p className="py-3 text-sm text-muted">{t.popularEmpty}</p>
  return (
    <ol className="mt-1">
      {articles.map((article, index) => (
        <HeadlineItem key={article.id} article={article} rank={ranked ? index + 1 : undefined} />
      ))}
    </ol>
  )
}

export function UpdatesBox({ exclude, limit = 6 }: { exclude?: number; limit?: number }) {
  const latest = latestHeadlines(limit, exclude)
  return (
    <section aria-labelledby="updates-heading">
      <SectionHeading id="updates-heading">{t.updates}</SectionHeading>
      <HeadlineList articles={latest} />
    </section>
  )
}

export function PopularBox({ limit = 5 }: { limit?: number }) {
  return (
    <section aria-labelledby="popular-heading">
      <SectionHeading id="popular-heading">{t.popular}</SectionHeading>
      <Tabs
        label={t.popular}
        tabs={[
          { key: '24h', label: t.popular24h, panel: <HeadlineList articles={popularHeadlines('24h', limit)} ranked /> },
          { key: '7d', label: t.popular7d, panel: <HeadlineList articles={popularHeadlines('7d', limit)} ranked /> },
        ]}
      />
    </section>
  )
}

/** The right-hand column of reading pages: Updates, Popular and an ad. */
export function Sidebar({ exclude }: { exclude?: number }) {
  const ads = adSlots()
  return (
    <div className="space-y-8">
      <UpdatesBox exclude={exclude} />
      <AdSlot slot={ads.get('sidebar')} />
      <PopularBox />
    </div>
  )
}
