import { TagListing, tagMetadata } from '@/components/listings'

export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  return tagMetadata((await params).slug, 1)
}

export default async function TagPage({ params }: Props) {
  return <TagListing slug={(await params).slug} page={1} />
}
