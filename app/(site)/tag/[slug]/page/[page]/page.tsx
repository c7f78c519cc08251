import { listPageN } from '@/components/listings'

export const revalidate = 300
export const generateStaticParams = () => []

const list = listPageN('tag')
export const generateMetadata = list.generateMetadata
export default list.Page
