import { pieceFeed } from '@/lib/server/feeds'
import { verticalByHref } from '@/lib/strings'

export const revalidate = 300

export function GET() {
  const { label, description } = verticalByHref('/pointer')
  return pieceFeed('pointer', { title: label, path: '/pointer', description })
}
