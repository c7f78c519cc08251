import { AuthorListing, authorMetadata } from '@/components/listings'

export const revalidate = 300
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props) {
  return authorMetadata((await params).slug, 1)
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorListing slug={(await params).slug} page={1} />
}
