import 'server-only'
import type { Metadata } from 'next'
import { cache } from 'react'
import { getPiece, interactiveFormats, listPieces, type ArticleCard, type PieceKind } from '@/db/queries/articles'
import { articleMetadata } from '@/lib/article-meta'
import { piecePath, pieceSection } from '@/lib/paths'
import { isValidSlug } from '@/lib/slug'
import { verticalByHref } from '@/lib/strings'

// What the pages of every vertical's pieces (Pointer, Data, Interaktif) need: one load per
// request, the paths to render at build time, the metadata, and the vertical's index.

type Params = { params: Promise<{ slug: string }> }

export const loadPiece = cache(async (kind: PieceKind, slug: string) => (isValidSlug(slug) ? getPiece(kind, slug) : null))

export const pieceStaticParams = (kind: PieceKind) => async () =>
  (await listPieces(kind, { limit: 200 })).map((piece) => ({ slug: piece.slug }))

export const pieceMetadata =
  (kind: PieceKind) =>
  async ({ params }: Params) => {
    const piece = await loadPiece(kind, (await params).slug)
    return piece ? articleMetadata(piece, piecePath(kind, piece.slug)) : {}
  }

/** The vertical of a kind of piece: its address, name and one-line description. */
export const pieceVertical = (kind: PieceKind) => verticalByHref(pieceSection[kind])

export function pieceIndexMetadata(kind: PieceKind): Metadata {
  const { href, label, description } = pieceVertical(kind)
  return { title: label, description, alternates: { canonical: href, types: { 'application/rss+xml': `${href}/rss.xml` } } }
}

const formatLabels = { poll: 'Jajak pendapat', quiz: 'Kuis', timeline: 'Linimasa' } as const

export type PieceRow = { card: ArticleCard; href: string; label?: string }

/** A vertical's newest pieces, each with its address and, for Interaktif, its format. */
export async function listPieceRows(kind: PieceKind): Promise<PieceRow[]> {
  const pieces = await listPieces(kind, { limit: 50 })
  const formats: Map<number, keyof typeof formatLabels> =
    kind === 'interactive' ? await interactiveFormats(pieces.map((piece) => piece.id)) : new Map()
  return pieces.map((card) => {
    const format = formats.get(card.id)
    return { card, href: piecePath(kind, card.slug), label: format && formatLabels[format] }
  })
}
