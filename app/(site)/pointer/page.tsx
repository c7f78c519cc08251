import { PieceIndex } from '@/components/listings'
import { pieceIndexMetadata } from '@/lib/server/pieces'

export const revalidate = 300
export const metadata = pieceIndexMetadata('pointer')

export default function PointerIndex() {
  return <PieceIndex kind="pointer" />
}
