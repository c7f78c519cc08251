import type { StaffSearch } from '@/lib/server/staff'
import { one } from '@/lib/server/staff'

/** The message an action came back with (`?pesan=` or `?galat=`). Rendered as text. */
export function Notice({ search }: { search: StaffSearch }) {
  const ok = one(search.pesan)
  const error = one(search.galat)
  if (!ok && !error) return null
  return (
    <p
      role={error ? 'alert' : 'status'}
      className={`mb-4 rounded-md px-3 py-2 text-sm ${error ? 'bg-brand-soft text-brand-dark' : 'bg-green-50 text-green-900'}`}
    >
      {(error ?? ok ?? '').slice(0, 300)}
    </p>
  )
}
