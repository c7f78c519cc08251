import type { ArticleCard } from '@/db/queries/articles'
import { adSlots, latestHeadlines, popularHeadlines } from '@/lib/server/site'
import { t } from '@/lib/strings'
import { AdSlot } from './ad-slot'
import { HeadlineItem } from './article-card'
import { isStaticRender } from '@/lib/server/static-render'
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

export async function UpdatesBox({ exclude, limit = 6 }: { exclude?: number; limit?: number }) {
  const latest = await latestHeadlines(limit, exclude)
  return (
    <section aria-labelledby="updates-heading">
      <SectionHeading id="updates-heading">{t.updates}</SectionHeading>
      <HeadlineList articles={latest} />
    </section>
  )
}

export async function PopularBox({ limit = 5 }: { limit?: number }) {
  const [day, week] = await Promise.all([popularHeadlines('24h', limit), popularHeadlines('7d', limit)])
  return (
    <section aria-labelledby="popular-heading">
      <SectionHeading id="popular-heading">{t.popular}</SectionHeading>
      <PopularTabs
        tabs={[
          { key: '24h', label: t.popular24h, panel: <HeadlineList articles={day} ranked /> },
          { key: '7d', label: t.popular7d, panel: <HeadlineList articles={week} ranked /> },
        ]}
      />
    </section>
  )
}

type Tab = { key: string; label: string; panel: React.ReactNode }

/** The tabs as an island on a static page (the same markup as components/popular-tabs.client.tsx). */
function PopularTabs({ tabs }: { tabs: Tab[] }) {
  if (!isStaticRender()) return <Tabs label={t.popular} tabs={tabs} />
  return (
    <div data-island="tabs">
      <div role="tablist" aria-label={t.popular} className="flex gap-1 rounded-full bg-wash p-1 text-sm">
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`populer-tab-${index}`}
            aria-selected={index === 0}
            aria-controls={`populer-panel-${index}`}
            tabIndex={index === 0 ? 0 : -1}
            className={`flex-1 rounded-full px-3 py-1.5 font-semibold ${index === 0 ? 'bg-paper text-ink shadow-sm' : 'text-muted hover:text-ink'}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div key={tab.key} role="tabpanel" id={`populer-panel-${index}`} aria-labelledby={`populer-tab-${index}`} hidden={index !== 0}>
          {tab.panel}
        </div>
      ))}
    </div>
  )
}

/** The right-hand column of reading pages: Updates, Popular and an ad. */
export async function Sidebar({ exclude }: { exclude?: number }) {
  const ads = await adSlots()
  return (
    <div className="space-y-8">
      <UpdatesBox exclude={exclude} />
      <AdSlot slot={ads.get('sidebar')} />
      <PopularBox />
    </div>
  )
}
