import { TagListing, tagMetadata } from '@/components/listings'
import { pageFromSegment, slugOrNotFound } from '@/lib/listing-params'
import { parsePage } from '@/lib/pagination'
import { tagPath } from '@/lib/paths'

export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string; page: string }> }

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params
  return tagMetadata(slug, parsePage(page) ?? 1)
}

export default async function TagPageN({ params }: Props) {
  const { slug, page } = await params
  const valid = slugOrNotFound(slug)
  return <TagListing slug={valid} page={pageFromSegment(page, tagPath(valid))} />
}
