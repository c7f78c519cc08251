import { jobsFeed } from '@/lib/feeds'
import { verticalByHref } from '@/lib/strings'

export const revalidate = 300

export function GET() {
  return jobsFeed(verticalByHref('/jobs').description)
}
