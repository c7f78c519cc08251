import { Picture } from '@/components/picture'
import { Link } from '@/components/link'
import { AdSlot } from '@/components/ad-slot'
import { LeadStory, StoryCard, HeadlineItem } from '@/components/article-card'
import { PopularBox, SectionHeading, UpdatesBox } from '@/components/sidebar'
import { listAdSlots } from '@/db/queries/ads'
import { listLatest, listPieces } from '@/db/queries/articles'
import { listOpenJobs } from '@/db/queries/jobs'
import { listPrograms } from '@/db/queries/programs'
import { listCategories } from '@/db/queries/taxonomy'
import { categoryPath, piecePath, pieceSection } from '@/lib/paths'
import { jobTypeLabels, t, verticalByHref } from '@/lib/strings'
import { cacheTags, tagRender } from '@/lib/server/revalidate'

export const revalidate = 300

export default async function HomePage() {
  await tagRender(cacheTags.content)
  const ads = await listAdSlots()
  const [lead, ...rest] = await listLatest({ limit: 5 })
  const pieceBlocks = (
    await Promise.all(
      (['data', 'pointer', 'interactive'] as const).map(async (kind) => ({
        kind,
        vertical: verticalByHref(pieceSection[kind]),
        pieces: await listPieces(kind, { limit: 3 }),
      })),
    )
  ).filter((block) => block.pieces.length > 0)
  // The shows with the newest episodes first.
  const programs = (await listPrograms())
    .sort((a, b) => (b.latest?.publishedAt.getTime() ?? 0) - (a.latest?.publishedAt.getTime() ?? 0))
    .slice(0, 3)
  const jobs = (await listOpenJobs({}, { limit: 4, offset: 0 })).items
  const blocks = (
    await Promise.all(
      (await listCategories()).map(async (category) => ({
        category,
        articles: await listLatest({ limit: 4, categorySlug: category.slug }),
      })),
    )
  ).filter((block) => block.articles.length > 0)

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
              <BlockHeading id={`blok-${category.slug}`} href={categoryPath(category.slug)} label={category.name} />
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
          {pieceBlocks.map(({ kind, vertical, pieces }) => (
            <section key={kind} aria-labelledby={`blok-${kind}`} className="border-t-2 border-ink pt-3">
              <BlockHeading id={`blok-${kind}`} href={vertical.href} label={vertical.label} />
              <div className="grid gap-6 md:grid-cols-3">
                {pieces.map((piece) => (
                  <StoryCard key={piece.id} article={piece} href={piecePath(kind, piece.slug)} />
                ))}
              </div>
            </section>
          ))}
          {programs.length > 0 && (
            <section aria-labelledby="blok-program" className="border-t-2 border-ink pt-3">
              <BlockHeading id="blok-program" href="/program" label="Program" />
              <ul className="grid gap-6 md:grid-cols-3">
                {programs.map((program) => (
                  <li key={program.slug}>
                    <Link href={`/program/${program.slug}`} className="group block">
                      <Picture
                        src={program.image}
                        alt=""
                        width={480}
                        height={270}
                        sizes="(min-width: 768px) 240px, 100vw"
                        className="aspect-video w-full rounded bg-wash object-cover"
                      />
                      <span className="mt-2 block text-xs font-bold tracking-wide text-brand uppercase">
                        {program.format === 'video' ? 'Video' : 'Siniar'}
                      </span>
                      <span className="block font-serif text-lg leading-snug font-bold group-hover:text-brand">{program.title}</span>
                    </Link>
                    {program.latest && <p className="mt-1 line-clamp-2 text-sm text-muted">Terbaru: {program.latest.title}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {jobs.length > 0 && (
            <section aria-labelledby="blok-jobs" className="border-t-2 border-ink pt-3">
              <BlockHeading id="blok-jobs" href="/jobs" label="Jobs" />
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

/** A vertical's block heading: its name, linked, and a link to see more. */
function BlockHeading({ id, href, label }: { id: string; href: string; label: string }) {
  return (
    <div className="flex items-baseline justify-between">
      <SectionHeading id={id}>
        <Link href={href} className="hover:text-brand">
          {label}
        </Link>
      </SectionHeading>
      <Link href={href} className="text-sm font-semibold text-brand hover:underline">
        {t.more}
        <span className="sr-only"> {label}</span> →
      </Link>
    </div>
  )
}
