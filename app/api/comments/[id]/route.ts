import { createHash } from 'node:crypto'
import { getCommentTarget, liveComments } from '@/db/queries/comments'
import { LIVE_LIMIT } from '@/lib/comments/live'
import { id as articleId } from '@/lib/fields'
import { cacheTags, tagRender } from '@/lib/server/revalidate'

// Cached and shared by every reader: public data only, never anything about the viewer. Tagged
// per article, so a new comment regenerates it within a second (lib/server/revalidate.ts). The
// ETag is kept with the cached copy; the server's edge answers a poll that still has it with a 304.
export const revalidate = 300
export const dynamic = 'force-static'
export const dynamicParams = true

export function generateStaticParams() {
  return []
}

/** The live-comment island's data for one article (lib/comments/live.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = articleId.safeParse((await params).id)
  if (!parsed.success) return Response.json({ error: 'Berita tidak ditemukan.' }, { status: 404 })
  // Tagged before the lookup: the cached 404 of an article not yet published goes when it is.
  await tagRender(cacheTags.comments(parsed.data))
  const article = await getCommentTarget(parsed.data)
  if (!article) return Response.json({ error: 'Berita tidak ditemukan.' }, { status: 404 })
  const body = JSON.stringify(await liveComments(article.id, LIVE_LIMIT))
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  return new Response(body, { headers: { 'Content-Type': 'application/json', ETag: etag } })
}
