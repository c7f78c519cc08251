import { formatWib } from '@/lib/format'
import { takedownLabel } from '@/lib/takedown'
import { Link } from './link'

export const takedownMetadata = { title: 'Artikel ini telah diturunkan', robots: { index: false } }

/** What a taken-down article's URL shows (HTTP 410, docs/decisions/019): why and when, and the ways on. */
export function TakedownNotice({ takenDownAt, reason }: { takenDownAt: Date; reason: string | null }) {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="font-serif text-6xl font-black text-brand">410</p>
      <h1 className="mt-4 font-serif text-3xl font-bold">Artikel ini telah diturunkan</h1>
      <p className="mt-3 text-muted">
        Alasan: <strong>{takedownLabel(reason)}</strong>. Diturunkan pada {formatWib(takenDownAt)}.
      </p>
      <p className="mt-3 text-muted">Catatan koreksi dan pembaruan redaksi ada di halaman Koreksi.</p>
      <p className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/koreksi" className="rounded-full bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark">
          Lihat halaman Koreksi
        </Link>
        <Link href="/" className="rounded-full border border-line px-5 py-2.5 font-semibold hover:border-ink">
          Kembali ke beranda
        </Link>
      </p>
    </main>
  )
}
