'use server'

import { searchPublishedNewsByTitle } from '@/db/queries/desk-pickers'
import { articlePath } from '@/lib/paths'
import { can } from '@/lib/permissions'
import { getViewer } from '@/lib/server/auth/viewer'
import { cleanName } from '@/lib/text'

const QUERY_MAX = 100
const RESULTS = 10

/**
 * The desk's "Baca juga" picker: published news articles whose title contains `q`. Only for
 * people who may write articles; anyone else (or a forged call) gets nothing.
 */
export async function searchDeskArticles(q: string): Promise<{ id: number; title: string; path: string }[]> {
  const now = new Date()
  const viewer = await getViewer()
  if (!viewer || !can(viewer, 'create:article:own', now)) return []
  const query = typeof q === 'string' ? cleanName(q.slice(0, QUERY_MAX * 2)).slice(0, QUERY_MAX) : ''
  return (await searchPublishedNewsByTitle(query, RESULTS, now)).map((article) => ({
    id: article.id,
    title: article.title,
    path: articlePath(article),
  }))
}
