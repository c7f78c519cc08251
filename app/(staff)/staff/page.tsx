import { notFound } from 'next/navigation'
import { getViewer } from '@/lib/auth/viewer'
import { can } from '@/lib/permissions'

export const metadata = { title: 'Ruang Redaksi', robots: { index: false } }

/** The newsroom's front door: staff only, decided here on the server for every request. */
export default async function StaffHome() {
  const viewer = await getViewer()
  if (!viewer || !can(viewer, 'access:staff:any')) notFound()
  return (
    <main className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="font-serif text-3xl font-bold">Ruang Redaksi</h1>
      <p className="mt-2 text-muted">
        Masuk sebagai {viewer.displayName} ({viewer.role}).
      </p>
    </main>
  )
}
