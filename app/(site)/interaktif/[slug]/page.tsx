import { notFound } from 'next/navigation'
import { PieceFrame } from '@/components/piece-frame'
import { Poll } from '@/components/poll.client'
import { Quiz } from '@/components/quiz'
import { Timeline } from '@/components/timeline.client'
import { piecePath } from '@/lib/paths'
import { loadPiece, pieceMetadata, pieceStaticParams } from '@/lib/server/pieces'

export const revalidate = 300

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = pieceStaticParams('interactive')
export const generateMetadata = pieceMetadata('interactive')

/** An Interaktif piece: its introduction, then a poll, a quiz or a timeline. */
export default async function InteractivePage({ params }: Props) {
  const piece = await loadPiece('interactive', (await params).slug)
  if (!piece) notFound()
  const path = piecePath('interactive', piece.slug)
  return (
    <PieceFrame author="writer" piece={piece} path={path} crumbs={[{ href: '/interaktif', label: 'Interaktif' }]}>
      {piece.body.map((block, index) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={index} className="mt-5 font-serif text-[1.1875rem] leading-[1.75]">
                {block.text}
              </p>
            )
          case 'poll':
            return (
              <Poll
                key={index}
                poll={{ id: block.poll.id, question: block.poll.question, closed: block.poll.closed, options: block.poll.options }}
              />
            )
          case 'quiz':
            return <Quiz key={index} questions={block.questions} resultPath={`${path}/hasil`} />
          case 'timeline':
            return (
              <div key={index}>
                <Timeline title={block.title} events={block.events} />
                <details className="rounded-md border border-line">
                  <summary className="cursor-pointer px-4 py-2 font-semibold">Semua peristiwa dalam satu daftar</summary>
                  <ol className="space-y-4 px-4 pb-4">
                    {block.events.map((event, i) => (
                      <li key={i}>
                        <p className="text-sm font-bold text-brand">{event.date}</p>
                        <p className="font-bold">{event.heading}</p>
                        <p className="font-serif">{event.text}</p>
                      </li>
                    ))}
                  </ol>
                </details>
              </div>
            )
          default:
            return null
        }
      })}
    </PieceFrame>
  )
}
