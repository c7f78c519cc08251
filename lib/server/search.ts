import 'server-only'
import { searchAll } from '@/db/queries/search'
import { toSearchHit } from '@/lib/search-hits'

/** Everything published that matches an FTS5 expression, as linked, labelled hits. */
export async function searchSite(expression: string, page: { limit: number; offset: number }, now = new Date()) {
  const { items, total } = await searchAll(expression, page, now)
  return { items: items.map(toSearchHit), total }
}
