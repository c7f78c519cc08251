import { publishDue } from '@/db/queries/schedule'
import { hasInternalSecret } from '@/lib/http/internal'
import { contentChanged } from '@/lib/server/revalidate'

// The scheduler's tick (lib/http/scheduler.ts, docs/decisions/019): the production server calls
// it over loopback every 10 s and once at start, with its per-process secret. It runs here, in a
// request, because Next's cache tags can only be expired inside one. Anyone else gets a 404.
export const dynamic = 'force-dynamic'

export async function POST(request: Request): Promise<Response> {
  if (!hasInternalSecret(request.headers)) return Response.json({ error: 'Halaman tidak ditemukan.' }, { status: 404 })
  const published = await publishDue(new Date())
  if (published.length > 0) contentChanged(published.map((a) => ({ id: a.id, slug: a.slug, category: { slug: a.category } })))
  return Response.json({ published: published.map((a) => a.id) }, { headers: { 'Cache-Control': 'no-store' } })
}
