import { jobsFeed } from '@/lib/server/feeds'
import { verticalByHref } from '@/lib/strings'

export const revalidate = 300

export function GET() {
  return jobsFeed(verticalByHref('/jobs').description)
}
