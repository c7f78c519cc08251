import { CategoryListing, categoryMetadata } from '@/components/listings'
import { listCategories } from '@/db/queries/taxonomy'

export const revalidate = 300
export const generateStaticParams = () => listCategories().map((category) => ({ category: category.slug }))

type Props = { params: Promise<{ category: string }> }

export async function generateMetadata({ params }: Props) {
  return categoryMetadata((await params).category, 1)
}

export default async function CategoryPage({ params }: Props) {
  return <CategoryListing slug={(await params).category} page={1} />
}
