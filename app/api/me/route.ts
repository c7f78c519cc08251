import { restriction } from '@/lib/action'
import { getViewer } from '@/lib/auth/viewer'
import { isStaff } from '@/lib/permissions'

export const dynamic = 'force-dynamic'

/** Who-am-I for the client islands of static pages: a few public fields, never cached. */
export async function GET() {
  const viewer = await getViewer()
  const headers = { 'Cache-Control': 'private, no-store' }
  if (!viewer) return Response.json({ signedIn: false }, { headers })
  return Response.json(
    {
      signedIn: true,
      name: viewer.displayName,
      role: viewer.role,
      staff: isStaff(viewer.role),
      restriction: restriction(viewer, new Date()),
    },
    { headers },
  )
}
