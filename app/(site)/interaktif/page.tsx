import { StoryRow } from '@/components/article-card'
import { SectionFrame } from '@/components/section-frame'
import { listPieces } from '@/db/queries/articles'
import { piecePath } from '@/lib/paths'
import { verticalByHref } from '@/lib/strings'

export const revalidate = 300
const { label, description } = verticalByHref('/interaktif')
export const metadata = {
  title: label,
  description,
  alternates: { canonical: '/interaktif', types: { 'application/rss+xml': '/interaktif/rss.xml' } },
}

export default function InteraktifIndex() {
  return (
    <SectionFrame crumbs={[{ href: '/interaktif', label }]} title={label} description={description}>
      {listPieces('interactive', { limit: 50 }).map((piece) => (
        <StoryRow key={piece.id} article={piece} href={piecePath('interactive', piece.slug)} />
      ))}
    </SectionFrame>
  )
}
