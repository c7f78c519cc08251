import { StoryRow } from '@/components/article-card'
import { SectionFrame } from '@/components/section-frame'
import { listPieces } from '@/db/queries/articles'
import { listDatasets } from '@/db/queries/datasets'
import { datasetCsvPath, piecePath } from '@/lib/paths'
import { verticalByHref } from '@/lib/strings'

export const revalidate = 300
const { label, description } = verticalByHref('/data')
export const metadata = { title: label, description, alternates: { canonical: '/data', types: { 'application/rss+xml': '/data/rss.xml' } } }

/** Data stories, newest first, and the open datasets behind them. */
export default function DataIndex() {
  const stories = listPieces('data', { limit: 50 })
  const datasets = listDatasets()
  return (
    <SectionFrame crumbs={[{ href: '/data', label }]} title={label} description={description}>
      {stories.map((story) => (
        <StoryRow key={story.id} article={story} href={piecePath('data', story.slug)} />
      ))}
      {datasets.length > 0 && (
        <section aria-labelledby="set-data" className="mt-10">
          <h2 id="set-data" className="border-b-2 border-ink pb-2 text-lg font-extrabold">
            Set data terbuka
          </h2>
          <p className="mt-2 text-sm text-muted">Angka di balik grafik kami, siap diunduh sebagai CSV.</p>
          <ul className="mt-3 divide-y divide-line">
            {datasets.map((dataset) => (
              <li key={dataset.slug} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                <span>
                  <span className="font-semibold">{dataset.title}</span>
                  <span className="block text-sm text-muted">
                    {dataset.source} · {dataset.period} · {dataset.unit}
                  </span>
                </span>
                <a href={datasetCsvPath(dataset.slug)} download className="text-sm font-semibold text-brand underline">
                  CSV<span className="sr-only"> {dataset.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </SectionFrame>
  )
}
