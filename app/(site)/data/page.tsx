import { PieceIndex } from '@/components/listings'
import { listDatasets } from '@/db/queries/datasets'
import { datasetCsvPath } from '@/lib/paths'
import { pieceIndexMetadata } from '@/lib/server/pieces'

export const revalidate = 300
export const metadata = pieceIndexMetadata('data')

/** Data stories, newest first, and the open datasets behind them. */
export default async function DataIndex() {
  const datasets = await listDatasets()
  return (
    <PieceIndex kind="data">
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
    </PieceIndex>
  )
}
