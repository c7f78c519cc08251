import { notFound } from 'next/navigation'
import { Chart } from '@/components/chart'
import { PieceFrame } from '@/components/piece-frame'
import { piecePath } from '@/lib/paths'
import { loadPiece, pieceMetadata, pieceStaticParams } from '@/lib/pieces'

export const revalidate = 300

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = pieceStaticParams('data')
export const generateMetadata = pieceMetadata('data')

/** A data story: text with charts drawn on the server, each with its table and CSV. */
export default async function DataStoryPage({ params }: Props) {
  const story = loadPiece('data', (await params).slug)
  if (!story) notFound()
  return (
    <PieceFrame piece={story} path={piecePath('data', story.slug)} crumbs={[{ href: '/data', label: 'Data' }]} hero={false}>
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
