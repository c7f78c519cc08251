import { exportUserData } from '@/db/queries/users'
import { getViewer } from '@/lib/server/auth/viewer'

export const dynamic = 'force-dynamic'

/** The signed-in user's own data as a JSON download. */
export async function GET() {
  const viewer = await getViewer()
  if (!viewer) return Response.json({ error: 'Silakan masuk terlebih dahulu.' }, { status: 401 })
  const data = await exportUserData(viewer.id)
  if (!data) return Response.json({ error: 'Akun tidak ditemukan.' }, { status: 404 })
  return new Response(JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="data-akun-fakta.json"',
      'Cache-Control': 'private, no-store',
    },
  })
}
