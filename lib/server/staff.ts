import 'server-only'
import { notFound } from 'next/navigation'
import { getViewer, type Viewer } from '@/lib/server/auth/viewer'
import { can, type Permission } from '@/lib/permissions'

/** The staff member of this request, or a 404 for everyone else (decided on the server). */
export async function requireStaff(permission: Permission = 'access:staff:any'): Promise<Viewer> {
  const viewer = await getViewer()
  if (!viewer || !can(viewer, permission)) notFound()
  return viewer
}

export type StaffSearch = Record<string, string | string[] | undefined>

export const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)
