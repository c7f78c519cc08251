import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import type { PieceKind } from '@/db/queries/articles'
import { pageFromSegment, slugOrNotFound } from '@/lib/server/listing-params'
import { listMetadata, listPath, loadList, type ListKind } from '@/lib/server/listings'
import { listPieceRows, pieceVertical } from '@/lib/server/pieces'
import { parsePage } from '@/lib/pagination'
import { StoryRow } from './article-card'
import { Listing } from './listing'
import { SectionFrame } from './section-frame'

// Each list has the same shape twice (its first page and its /page/N pages), so each route file
// is a few lines that take its metadata and its page from here; the data comes from
// lib/server/listings.ts.

/** A list route's parameters: the list's name (`category` or `slug`, none for all news) and, on
 * /page/N routes, N. */
type Props = { params: Promise<{ category?: string; slug?: string; page?: string }> }

const nameOf = ({ category, slug }: Awaited<Props['params']>) => category ?? slug ?? ''

/** The first page of a list, at the list's own address. */
export function listFirstPage(kind: ListKind) {
  return {
    generateMetadata: async ({ params }: Props) => listMetadata(kind, nameOf(await params), 1),
    Page: async function ListFirstPage({ params }: Props) {
      const name = nameOf(await params)
      const list = await loadList(kind, name, 1)
      if (!list) notFound()
      return <Listing {...list} page={1} />
    },
  }
}

/** Page N >= 2 of a list, at `.../page/N`; page 1 redirects to the list's own address. */
export function listPageN(kind: ListKind) {
  return {
    generateMetadata: async ({ params }: Props) => {
      const values = await params
      return listMetadata(kind, nameOf(values), parsePage(values.page) ?? 1)
    },
    Page: async function ListPageN({ params }: Props) {
      const values = await params
      const name = kind === 'news' ? '' : slugOrNotFound(nameOf(values))
      const page = pageFromSegment(values.page ?? '', listPath(kind, name))
      const list = await loadList(kind, name, page)
      if (!list) notFound()
      return <Listing {...list} page={page} />
    },
  }
}

/** A vertical's index (Pointer, Data, Interaktif): its newest pieces, then what the page adds. */
export async function PieceIndex({ kind, children }: { kind: PieceKind; children?: ReactNode }) {
  const { href, label, description } = pieceVertical(kind)
  const rows = await listPieceRows(kind)
  return (
    <SectionFrame crumbs={[{ href, label }]} title={label} description={description}>
      {rows.map((row) => (
        <StoryRow key={row.card.id} article={row.card} href={row.href} label={row.label} />
      ))}
      {children}
    </SectionFrame>
  )
}
