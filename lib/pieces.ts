import 'server-only'
import { cache } from 'react'
import { getPiece, listPieces, type PieceKind } from '@/db/queries/articles'
import { articleMetadata } from './article-meta'
import { piecePath } from './paths'
import { isValidSlug } from './slug'

// What the page of every vertical's piece (Pointer, Data, Interaktif) needs: one load per
// request, the paths to render at build time and the metadata.

type Params = { params: Promise<{ slug: string }> }

export const loadPiece = cache((kind: PieceKind, slug: string) => (isValidSlug(slug) ? getPiece(kind, slug) : null))

export const pieceStaticParams = (kind: PieceKind) => () => listPieces(kind, { limit: 200 }).map((piece) => ({ slug: piece.slug }))

export const pieceMetadata =
  (kind: PieceKind) =>
  async ({ params }: Params) => {
    const piece = loadPiece(kind, (await params).slug)
    return piece ? articleMetadata(piece, piecePath(kind, piece.slug)) : {}
  }
