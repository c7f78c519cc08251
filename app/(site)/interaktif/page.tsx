import { PieceIndex } from '@/components/listings'
import { pieceIndexMetadata } from '@/lib/server/pieces'

export const revalidate = 300
export const metadata = pieceIndexMetadata('interactive')

export default function InteraktifIndex() {
  return <PieceIndex kind="interactive" />
}
