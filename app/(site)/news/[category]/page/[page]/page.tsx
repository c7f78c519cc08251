import { CategoryListing, categoryMetadata } from '@/components/listings'
import { pageFromSegment, slugOrNotFound } from '@/lib/listing-params'
import { parsePage } from '@/lib/pagination'
import { categoryPath } from '@/lib/paths'

export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ category: string; page: string }> }

export async function generateMetadata({ params }: Props) {
  const { category, page } = await params
  return categoryMetadata(category, parsePage(page) ?? 1)
}

export default async function CategoryPageN({ params }: Props) {
  const { category, page } = await params
  const slug = slugOrNotFound(category)
  return <CategoryListing slug={slug} page={pageFromSegment(page, categoryPath(slug))} />
}
