import { StoryRow } from '@/components/article-card'
import { SectionFrame } from '@/components/section-frame'
import { listPieces } from '@/db/queries/articles'
import { piecePath } from '@/lib/paths'
import { verticalByHref } from '@/lib/strings'

export const revalidate = 300
const { label, description } = verticalByHref('/pointer')
export const metadata = { title: label, description, alternates: { canonical: '/pointer', types: { 'application/rss+xml': '/pointer/rss.xml' } } }

export default function PointerIndex() {
  return (
    <SectionFrame crumbs={[{ href: '/pointer', label }]} title={label} description={description}>
      {listPieces('pointer', { limit: 50 }).map((pointer) => (
        <StoryRow key={pointer.id} article={pointer} href={piecePath('pointer', pointer.slug)} />
      ))}
    </SectionFrame>
  )
}
