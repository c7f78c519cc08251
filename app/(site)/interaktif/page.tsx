import { StoryRow } from '@/components/article-card'
import { SectionFrame } from '@/components/section-frame'
import { interactiveFormats, listPieces } from '@/db/queries/articles'
import { piecePath } from '@/lib/paths'
import { verticalByHref } from '@/lib/strings'

export const revalidate = 300
const { label, description } = verticalByHref('/interaktif')
export const metadata = {
  title: label,
  description,
  alternates: { canonical: '/interaktif', types: { 'application/rss+xml': '/interaktif/rss.xml' } },
}

const formatLabels = { poll: 'Jajak pendapat', quiz: 'Kuis', timeline: 'Linimasa' } as const

export default function InteraktifIndex() {
  const pieces = listPieces('interactive', { limit: 50 })
  const formats = interactiveFormats(pieces.map((piece) => piece.id))
  return (
    <SectionFrame crumbs={[{ href: '/interaktif', label }]} title={label} description={description}>
      {pieces.map((piece) => {
        const format = formats.get(piece.id)
        return <StoryRow key={piece.id} article={piece} href={piecePath('interactive', piece.slug)} label={format && formatLabels[format]} />
      })}
    </SectionFrame>
  )
}
