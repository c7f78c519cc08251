import { Link } from '@/components/link'
import { Notice } from '@/components/staff/notice'
import { searchUsers } from '@/db/queries/moderation'
import { roles } from '@/db/schema'
import { formatWib } from '@/lib/format'
import { can, sanctionRefusal } from '@/lib/permissions'
import { one, requireStaff, type StaffSearch } from '@/lib/server/staff'
import { roleAction, sanctionAction } from '@/lib/server/actions/staff'

export const metadata = { title: 'Pengguna' }

const button = 'rounded-full px-3 py-1.5 text-sm font-semibold'

export default async function UsersPage({ searchParams }: { searchParams: Promise<StaffSearch> }) {
  const viewer = await requireStaff('sanction:user:any')
  const search = await searchParams
  const q = one(search.q)?.slice(0, 100).trim() ?? ''
  const users = await searchUsers(q)
  const back = q ? `/staff/users?q=${encodeURIComponent(q)}` : '/staff/users'
  const mayChangeRoles = can(viewer, 'update:role:any')

  return (
    <main>
      <h1 className="font-serif text-3xl font-bold">Pengguna</h1>
      <Notice search={search} />
      <form method="get" action="/staff/users" className="mt-4 flex gap-2 text-sm">
        <label className="sr-only" htmlFor="cari-pengguna">
          Cari nama atau email
        </label>
        <input
          id="cari-pengguna"
          name="q"
          defaultValue={q}
          maxLength={100}
          placeholder="Nama atau email"
          className="h-9 w-72 rounded-md border border-line px-2"
        />
        <button type="submit" className={`${button} bg-wash hover:bg-line`}>
          Cari
        </button>
      </form>
      <ul className="mt-4 divide-y divide-line">
        {users.map((user) => {
          const protectedUser = sanctionRefusal(viewer, user) !== null
          return (
            <li key={user.id} className="py-4" aria-label={`Pengguna ${user.displayName}`}>
              <p className="font-semibold">
                {user.displayName} <span className="text-sm font-normal text-muted">({user.email})</span>
              </p>
              <p className="text-xs text-muted">
                #{user.id} · {user.role} · status {user.status}
                {user.suspendedUntil && user.status === 'suspended' && ` hingga ${formatWib(user.suspendedUntil)}`} · daftar{' '}
                {formatWib(user.createdAt)} · disetujui {user.approved}, ditolak {user.rejected} ·{' '}
                <Link href={`/staff/moderation?tab=approved&pengguna=${user.id}`} className="underline">
                  komentarnya
                </Link>
              </p>
              {!protectedUser && (
                <form action={sanctionAction} className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="back" value={back} />
                  <label className="sr-only" htmlFor={`alasan-${user.id}`}>
                    Alasan sanksi untuk {user.displayName}
                  </label>
                  <input
                    id={`alasan-${user.id}`}
                    name="reason"
                    placeholder="Alasan"
                    maxLength={500}
                    className="h-9 w-56 rounded-md border border-line px-2"
                  />
                  {user.status === 'active' ? (
                    <>
                      <label className="flex items-center gap-1">
                        <input
                          name="days"
                          type="number"
                          min={1}
                          max={365}
                          defaultValue={7}
                          className="h-9 w-16 rounded-md border border-line px-2"
                          aria-label={`Lama penangguhan ${user.displayName} (hari)`}
                        />
                        hari
                      </label>
                      <button type="submit" name="sanction" value="suspend" className={`${button} bg-amber-800 text-white`}>
                        Tangguhkan
                      </button>
                      <button type="submit" name="sanction" value="ban" className={`${button} bg-brand text-white`}>
                        Blokir
                      </button>
                      <label className="flex items-center gap-1">
                        <input type="checkbox" name="rejectAll" className="accent-brand" /> tolak semua komentarnya
                      </label>
                    </>
                  ) : (
                    <button type="submit" name="sanction" value="unban" className={`${button} bg-green-700 text-white`}>
                      Pulihkan
                    </button>
                  )}
                </form>
              )}
              {mayChangeRoles && user.id !== viewer.id && (
                <form action={roleAction} className="mt-2 flex items-center gap-2 text-sm">
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="back" value={back} />
                  <label htmlFor={`peran-${user.id}`}>Peran</label>
                  <select id={`peran-${user.id}`} name="role" defaultValue={user.role} className="h-9 rounded-md border border-line px-2">
                    {roles.map((role) => (
                      <option key={role}>{role}</option>
                    ))}
                  </select>
                  <button type="submit" className={`${button} bg-wash hover:bg-line`}>
                    Ubah peran
                  </button>
                </form>
              )}
            </li>
          )
        })}
      </ul>
    </main>
  )
}
