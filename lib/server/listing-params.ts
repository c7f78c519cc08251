import 'server-only'
import { notFound, permanentRedirect } from 'next/navigation'
import { parsePage } from '@/lib/pagination'
import { isValidSlug } from '@/lib/slug'

/** The page number of a `/page/N` route: N >= 2 (page 1 lives at the list's own URL). */
export function pageFromSegment(segment: string, firstPageUrl: string): number {
  const page = parsePage(segment)
  if (page == null) notFound()
  if (page === 1) permanentRedirect(firstPageUrl)
  return page
}

export function slugOrNotFound(value: string): string {
  if (!isValidSlug(value)) notFound()
  return value
}
