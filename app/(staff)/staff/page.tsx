import { Link } from '@/components/link'
import { queueCounts } from '@/db/queries/moderation'
import { can } from '@/lib/permissions'
import { requireStaff } from '@/lib/server/staff'

export const metadata = { title: 'Ruang Redaksi' }

export default async function StaffHome() {
  const viewer = await requireStaff()
  const counts = can(viewer, 'moderate:comment:any') ? queueCounts() : null
  return (
    <main>
      <h1 className="font-serif text-3xl font-bold">Ruang Redaksi</h1>
      <p className="mt-2 text-muted">
        Masuk sebagai {viewer.displayName} ({viewer.role}).
      </p>
      {counts && (
        <ul className="mt-6 grid gap-3 sm:grid-cols-4">
          {(
            [
              ['pending', 'Menunggu moderasi'],
              ['reported', 'Dilaporkan'],
            ] as const
          ).map(([tab, label]) => (
            <li key={tab}>
              <Link href={`/staff/moderation?tab=${tab}`} className="block rounded-md border border-line p-4 hover:border-ink">
                <span className="block text-3xl font-black">{counts[tab]}</span>
                <span className="text-sm text-muted">{label}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
