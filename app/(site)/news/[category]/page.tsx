import { listFirstPage } from '@/components/listings'
import { listCategories } from '@/db/queries/taxonomy'

export const revalidate = 300
export const generateStaticParams = () => listCategories().map((category) => ({ category: category.slug }))

const list = listFirstPage('category')
export const generateMetadata = list.generateMetadata
export default list.Page
