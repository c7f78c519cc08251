import { listFirstPage } from '@/components/listings'

export const revalidate = 300

const list = listFirstPage('news')
export const generateMetadata = list.generateMetadata
export default list.Page
