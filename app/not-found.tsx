import { NotFound, notFoundMetadata } from '@/components/not-found'

export const metadata = notFoundMetadata

export default NotFound
