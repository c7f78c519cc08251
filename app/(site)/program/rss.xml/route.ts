import { programFeed } from '@/lib/server/feeds'
import { verticalByHref } from '@/lib/strings'

export const revalidate = 300

export function GET() {
  return programFeed(verticalByHref('/program').description)
}
