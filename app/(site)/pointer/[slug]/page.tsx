import { notFound } from 'next/navigation'
import { PieceFrame } from '@/components/piece-frame'
import { piecePath } from '@/lib/paths'
import { loadPiece, pieceMetadata, pieceStaticParams } from '@/lib/server/pieces'

export const revalidate = 300

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = pieceStaticParams('pointer')
export const generateMetadata = pieceMetadata('pointer')

/** A topic told as ordered key points, each with its source, and the news it explains. */
export default async function PointerPage({ params }: Props) {
  const pointer = await loadPiece('pointer', (await params).slug)
  if (!pointer) notFound()
  const [intro] = pointer.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
  const points = pointer.body.flatMap((b) => (b.type === 'point' ? [b] : []))
  return (
    <PieceFrame author="writer" piece={pointer} path={piecePath('pointer', pointer.slug)} crumbs={[{ href: '/pointer', label: 'Pointer' }]}>
      {intro && <p className="mt-6 font-serif text-xl leading-relaxed">{intro}</p>}
      <ol aria-label="Poin penting" className="mt-6 space-y-5">
        {points.map((point, index) => (
          <li key={index} className="flex gap-4">
            <span
              aria-hidden="true"
              className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand font-bold text-white"
            >
              {index + 1}
            </span>
            <div>
              <h2 className="text-lg font-extrabold">{point.heading}</h2>
              <p className="mt-1 font-serif text-lg leading-relaxed">{point.text}</p>
              <p className="mt-1 text-sm text-muted">
                Sumber:{' '}
                {point.sourceUrl ? (
                  <a href={point.sourceUrl} rel="noopener nofollow" className="underline">
                    {point.source}
                  </a>
                ) : (
                  point.source
                )}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </PieceFrame>
  )
}
