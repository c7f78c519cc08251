import { AuthorListing, authorMetadata } from '@/components/listings'
import { pageFromSegment, slugOrNotFound } from '@/lib/listing-params'
import { parsePage } from '@/lib/pagination'
import { authorPath } from '@/lib/paths'

export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string; page: string }> }

export async function generateMetadata({ params }: Props) {
  const { slug, page } = await params
  return authorMetadata(slug, parsePage(page) ?? 1)
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, page } = await params
  const valid = slugOrNotFound(slug)
  return <AuthorListing slug={valid} page={pageFromSegment(page, authorPath(valid))} />
}
