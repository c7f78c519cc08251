import { Link } from '@/components/link'
import { listDeskArticles } from '@/db/queries/desk'
import { queueCounts } from '@/db/queries/moderation'
import { statusLabels } from '@/components/desk/labels'
import { can } from '@/lib/permissions'
import { requireStaff } from '@/lib/server/staff'

export const metadata = { title: 'Ruang Redaksi' }

export default async function StaffHome() {
  const viewer = await requireStaff()
  const counts = can(viewer, 'moderate:comment:any') ? await queueCounts() : null
  const desk = can(viewer, 'create:article:own') ? (await listDeskArticles({}, new Date())).counts : null
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
      {desk && (
        <ul aria-label="Meja redaksi" className="mt-6 grid gap-3 sm:grid-cols-4">
          {(['draft', 'review', 'scheduled'] as const).map((status) => (
            <li key={status}>
              <Link href={`/staff/desk?status=${status}`} className="block rounded-md border border-line p-4 hover:border-ink">
                <span className="block text-3xl font-black">{desk[status]}</span>
                <span className="text-sm text-muted">{statusLabels[status]}</span>
              </Link>
            </li>
          ))}
          <li>
            <Link
              href="/staff/desk/new"
              className="flex h-full items-center justify-center rounded-md bg-brand p-4 font-semibold text-white hover:bg-brand-dark"
            >
              Tulis artikel
            </Link>
          </li>
        </ul>
      )}
    </main>
  )
}
