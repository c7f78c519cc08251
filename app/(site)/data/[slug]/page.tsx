import { notFound } from 'next/navigation'
import { Chart } from '@/components/chart'
import { PieceFrame } from '@/components/piece-frame'
import { JsonLd } from '@/components/json-ld'
import { getEnv } from '@/lib/env'
import { datasetCsvPath, piecePath } from '@/lib/paths'
import { loadPiece, pieceMetadata, pieceStaticParams } from '@/lib/server/pieces'

export const revalidate = 300

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = pieceStaticParams('data')
export const generateMetadata = pieceMetadata('data')

/** A data story: text with charts drawn on the server, each with its table and CSV. */
export default async function DataStoryPage({ params }: Props) {
  const story = await loadPiece('data', (await params).slug)
  if (!story) notFound()
  const site = getEnv().SITE_URL
  const datasets = story.body.flatMap((block) => (block.type === 'chart' ? [block.dataset] : []))
  return (
    <PieceFrame author="writer" piece={story} path={piecePath('data', story.slug)} crumbs={[{ href: '/data', label: 'Data' }]} hero={false}>
      {/* Each dataset as schema.org Dataset, with its CSV as the download. */}
      {datasets.map((dataset) => (
        <JsonLd
          key={dataset.slug}
          data={{
            '@context': 'https://schema.org',
            '@type': 'Dataset',
            name: dataset.title,
            description: `${dataset.description} Satuan: ${dataset.unit}.`,
            temporalCoverage: dataset.period,
            isBasedOn: dataset.sourceUrl ?? dataset.source,
            creator: { '@type': 'Organization', name: dataset.source, ...(dataset.sourceUrl ? { url: dataset.sourceUrl } : {}) },
            distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${site}${datasetCsvPath(dataset.slug)}` }],
          }}
        />
      ))}
      <p className="mt-6 font-serif text-xl leading-relaxed text-muted">{story.summary}</p>
      <div className="mt-6 font-serif text-[1.1875rem] leading-[1.75]">
        {story.body.map((block, index) => {
          switch (block.type) {
            case 'paragraph':
              return (
                <p key={index} className="mb-5">
                  {block.text}
                </p>
              )
            case 'chart':
              return <Chart key={index} kind={block.chart} dataset={block.dataset} />
            default:
              return null
          }
        })}
      </div>
    </PieceFrame>
  )
}
