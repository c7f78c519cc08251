import { Link } from '@/components/link'
import { AdSlot } from '@/components/ad-slot'
import { LeadStory, StoryCard, HeadlineItem } from '@/components/article-card'
import { PopularBox, SectionHeading, UpdatesBox } from '@/components/sidebar'
import { listAdSlots } from '@/db/queries/ads'
import { listLatest, listPointers } from '@/db/queries/articles'
import { listOpenJobs } from '@/db/queries/jobs'
import { listCategories } from '@/db/queries/taxonomy'
import { categoryPath } from '@/lib/paths'
import { jobTypeLabels, t } from '@/lib/strings'

export const revalidate = 300

export default function HomePage() {
  const ads = listAdSlots()
  const [lead, ...rest] = listLatest({ limit: 5 })
  const pointers = listPointers({ limit: 3 })
  const jobs = listOpenJobs({}, { limit: 4, offset: 0 }).items
  const blocks = listCategories()
    .map((category) => ({ category, articles: listLatest({ limit: 4, categorySlug: category.slug }) }))
    .filter((block) => block.articles.length > 0)

  return (
    <main className="mx-auto max-w-6xl px-4">
      <h1 className="sr-only">{t.siteTitle}</h1>
      <AdSlot slot={ads.get('leaderboard')} className="my-4" />

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div>
          {lead ? <LeadStory article={lead} /> : <p className="py-10 text-muted">{t.emptyList}</p>}
          <section aria-label={t.latest} className="mt-8 grid gap-6 border-t border-line pt-6 sm:grid-cols-2 lg:grid-cols-4">
            {rest.map((article) => (
              <StoryCard key={article.id} article={article} />
            ))}
          </section>
        </div>
        <aside className="space-y-8" aria-label="Sorotan">
          <UpdatesBox exclude={lead?.id} />
        </aside>
      </div>

      <div className="mt-10 grid gap-8 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="space-y-10">
          {blocks.map(({ category, articles: [first, ...others] }) => (
            <section key={category.slug} aria-labelledby={`blok-${category.slug}`} className="border-t-2 border-ink pt-3">
              <div className="flex items-baseline justify-between">
                <SectionHeading id={`blok-${category.slug}`}>
                  <Link href={categoryPath(category.slug)} className="hover:text-brand">
                    {category.name}
                  </Link>
                </SectionHeading>
                <Link href={categoryPath(category.slug)} className="text-sm font-semibold text-brand hover:underline">
                  {t.more}
                  <span className="sr-only"> {category.name}</span> →
                </Link>
              </div>
              <div className="grid gap-6 md:grid-cols-2">
                {first && <StoryCard article={first} />}
                <ul>
                  {others.map((article) => (
                    <HeadlineItem key={article.id} article={article} />
                  ))}
                </ul>
              </div>
            </section>
          ))}
          {pointers.length > 0 && (
            <section aria-labelledby="blok-pointer" className="border-t-2 border-ink pt-3">
              <SectionHeading id="blok-pointer">
                <Link href="/pointer" className="hover:text-brand">
                  Pointer
                </Link>
              </SectionHeading>
              <div className="grid gap-6 md:grid-cols-3">
                {pointers.map((pointer) => (
                  <StoryCard key={pointer.id} article={pointer} href={`/pointer/${pointer.slug}`} />
                ))}
              </div>
            </section>
          )}
          {jobs.length > 0 && (
            <section aria-labelledby="blok-jobs" className="border-t-2 border-ink pt-3">
              <SectionHeading id="blok-jobs">
                <Link href="/jobs" className="hover:text-brand">
                  Jobs
                </Link>
              </SectionHeading>
              <ul className="grid gap-4 md:grid-cols-2">
                {jobs.map((job) => (
                  <li key={job.slug} className="rounded-md border border-line p-4">
                    <Link href={`/jobs/${job.slug}`} className="font-serif text-lg font-bold hover:text-brand">
                      {job.title}
                    </Link>
                    <p className="mt-1 text-sm text-muted">
                      {job.company} · {job.location} · {jobTypeLabels[job.type]}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <aside className="space-y-8" aria-label={t.popular}>
          <div className="space-y-8 lg:sticky lg:top-4">
            <PopularBox />
            <AdSlot slot={ads.get('sidebar')} />
          </div>
        </aside>
      </div>
    </main>
  )
}
