import type { ArticleStatus, CommentMode } from '@/db/schema'
import { takedownLabels } from '@/lib/takedown'

export const statusLabels: Record<ArticleStatus, string> = {
  draft: 'Draf',
  review: 'Ditinjau',
  scheduled: 'Terjadwal',
  published: 'Terbit',
  taken_down: 'Diturunkan',
}

// Text and background pairs that keep AA contrast at badge size.
export const statusBadge: Record<ArticleStatus, string> = {
  draft: 'bg-wash text-ink',
  review: 'bg-amber-100 text-amber-900',
  scheduled: 'bg-sky-100 text-sky-900',
  published: 'bg-green-100 text-green-900',
  taken_down: 'bg-brand-soft text-brand-dark',
}

export const commentModeLabels: Record<CommentMode, string> = {
  open: 'Terbuka',
  premoderated: 'Dimoderasi dulu',
  closed: 'Ditutup',
}

/** The reasons in the words readers see on the 410 page too (lib/takedown.ts). */
export const takedownReasonLabels = takedownLabels

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${statusBadge[status]}`}>
      {statusLabels[status]}
    </span>
  )
}
