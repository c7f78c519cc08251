import { NewsListing, newsMetadata } from '@/components/listings'
import { pageFromSegment } from '@/lib/listing-params'
import { parsePage } from '@/lib/pagination'

export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ page: string }> }

export async function generateMetadata({ params }: Props) {
  return newsMetadata(parsePage((await params).page) ?? 1)
}

export default async function NewsPageN({ params }: Props) {
  return <NewsListing page={pageFromSegment((await params).page, '/news')} />
}
