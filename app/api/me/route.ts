import { z } from 'zod'
import { id } from '@/lib/fields'
import { can, isStaff, restriction } from '@/lib/permissions'
import { getViewerAndRollSession } from '@/lib/server/auth/viewer'
import { discussionViewer } from '@/lib/server/comments/viewer-state'

export const dynamic = 'force-dynamic'

const query = z.object({ article: id.optional() })

/**
 * Who-am-I for the client islands of static pages: a few public fields and, for an article, the
 * viewer's own comments (with their status) and likes. Never cached.
 */
export async function GET(request: Request) {
  const headers = { 'Cache-Control': 'private, no-store' }
  const params = query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!params.success) return Response.json({ error: 'Parameter tidak valid.' }, { status: 400, headers })
  const viewer = await getViewerAndRollSession()
  if (!viewer) return Response.json({ signedIn: false }, { headers })
  const now = new Date()
  if (params.data.article)
    return Response.json({ role: viewer.role, ...(await discussionViewer(viewer, params.data.article, now)) }, { headers })
  return Response.json(
    {
      signedIn: true,
      name: viewer.displayName,
      role: viewer.role,
      staff: isStaff(viewer.role),
      canComment: can(viewer, 'create:comment:own', now),
      restriction: restriction(viewer, now),
    },
    { headers },
  )
}
