import { Link } from '@/components/link'

export const metadata = { title: 'Pratinjau tidak ditemukan', robots: { index: false } }

/** A preview link that is wrong, tampered with or past its time. */
export default function PreviewNotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="font-serif text-6xl font-black text-brand">404</p>
      <h1 className="mt-4 font-serif text-3xl font-bold">Pratinjau tidak ditemukan</h1>
      <p className="mt-3 text-muted">
        Tautan pratinjau ini tidak berlaku: mungkin sudah kedaluwarsa atau tidak lengkap tersalin. Minta tautan baru kepada redaksi.
      </p>
      <p className="mt-8">
        <Link href="/" className="rounded-full bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark">
          Ke beranda
        </Link>
      </p>
    </main>
  )
}
