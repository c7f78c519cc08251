import { Pagination } from '@/components/pagination'
import { listAudit } from '@/db/queries/moderation'
import { formatWib } from '@/lib/format'
import { pageCount, parsePage } from '@/lib/pagination'
import { one, requireStaff, type StaffSearch } from '@/lib/server/staff'

export const metadata = { title: 'Log audit' }

const PER_PAGE = 50

/** The append-only log: read here, written only by the actions themselves. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<StaffSearch> }) {
  await requireStaff('read:audit-log:any')
  const search = await searchParams
  const action = one(search.tindakan)?.slice(0, 60).trim() || undefined
  const actor = one(search.pelaku)?.slice(0, 60).trim() || undefined
  const page = parsePage(one(search.halaman) ?? null) ?? 1
  const { items, total } = await listAudit({ action, actor, limit: PER_PAGE, offset: (page - 1) * PER_PAGE })
  const params = (n: number) => {
    const p = new URLSearchParams()
    if (action) p.set('tindakan', action)
    if (actor) p.set('pelaku', actor)
    p.set('halaman', String(n))
    return `/staff/audit?${p}`
  }
  return (
    <main>
      <h1 className="font-serif text-3xl font-bold">Log audit</h1>
      <form method="get" action="/staff/audit" className="mt-4 flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col">
          Tindakan (awalan, mis. comment atau user.ban)
          <input name="tindakan" defaultValue={action ?? ''} maxLength={60} className="h-9 w-64 rounded-md border border-line px-2" />
        </label>
        <label className="flex flex-col">
          Pelaku
          <input name="pelaku" defaultValue={actor ?? ''} maxLength={60} className="h-9 w-48 rounded-md border border-line px-2" />
        </label>
        <button type="submit" className="rounded-full bg-wash px-3 py-1.5 font-semibold hover:bg-line">
          Saring
        </button>
      </form>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">Tindakan moderasi, terbaru dahulu</caption>
        <thead className="border-b border-line text-xs text-muted uppercase">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Waktu (WIB)
            </th>
            <th scope="col" className="py-2 pr-3">
              Pelaku
            </th>
            <th scope="col" className="py-2 pr-3">
              Tindakan
            </th>
            <th scope="col" className="py-2 pr-3">
              Sasaran
            </th>
            <th scope="col" className="py-2">
              Alasan
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {items.map((entry) => (
            <tr key={entry.id}>
              <td className="py-2 pr-3 whitespace-nowrap">{formatWib(entry.createdAt)}</td>
              <td className="py-2 pr-3">{entry.actorName}</td>
              <td className="py-2 pr-3 font-mono text-xs">{entry.action}</td>
              <td className="py-2 pr-3">
                {entry.targetType}
                {entry.targetId != null && ` #${entry.targetId}`}
              </td>
              <td className="py-2 break-words">{entry.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <p className="mt-4 text-muted">Belum ada tindakan.</p>}
      <Pagination page={page} pages={pageCount(total, PER_PAGE)} href={params} />
    </main>
  )
}
