import { t } from '@/lib/strings'
import { Link } from './link'

export const notFoundMetadata = { title: t.notFoundTitle, robots: { index: false } }

/** "Halaman tidak ditemukan" with the ways back: the App Router's 404 and the static pages'. */
export function NotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="font-serif text-6xl font-black text-brand">404</p>
      <h1 className="mt-4 font-serif text-3xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-3 text-muted">{t.notFoundBody}</p>
      <p className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/" className="rounded-full bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark">
          {t.backHome}
        </Link>
        <Link href="/news" className="rounded-full border border-line px-5 py-2.5 font-semibold hover:border-ink">
          {t.allNews}
        </Link>
      </p>
    </main>
  )
}
