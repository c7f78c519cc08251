import { NewsListing, newsMetadata } from '@/components/listings'

export const revalidate = 300
export const metadata = newsMetadata(1)

export default function NewsPage() {
  return <NewsListing page={1} />
}
