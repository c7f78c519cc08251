import type { Metadata } from 'next'
import { Link } from '@/components/link'
import { Pagination } from '@/components/pagination'
import { searchSite } from '@/lib/server/search'
import { formatWib } from '@/lib/format'
import { pageCount, parsePage } from '@/lib/pagination'
import { highlightRuns, toMatchExpression } from '@/lib/search-query'

const PER_PAGE = 10

type Props = { searchParams: Promise<{ q?: string | string[]; halaman?: string | string[] }> }

const queryOf = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 200) : '')

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = queryOf((await searchParams).q).trim()
  return { title: q ? `Cari: ${q}` : 'Cari', robots: { index: false, follow: true } }
}

function Marked({ text }: { text: string }) {
  return (
    <>
      {highlightRuns(text).map((run, index) =>
        run.hit ? (
          <mark key={index} className="bg-amber-100 text-ink">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  )
}

/** Full-text search over everything published, per request; any input is safe and gets a page, never an error. */
export default async function SearchPage({ searchParams }: Props) {
  const search = await searchParams
  const q = queryOf(search.q).trim()
  const expression = toMatchExpression(q)
  const page = parsePage(typeof search.halaman === 'string' ? search.halaman : null) ?? 1
  const { items, total } = expression
    ? await searchSite(expression, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE })
    : { items: [], total: 0 }

  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Cari berita</h1>
      <form role="search" method="get" action="/search" className="mt-4 flex gap-2">
        <label htmlFor="q" className="sr-only">
          Kata kunci
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          placeholder="Cari berita…"
          className="h-11 flex-1 rounded-md border border-line px-3 text-base"
        />
        <button type="submit" className="h-11 rounded-full bg-brand px-5 font-semibold text-white hover:bg-brand-dark">
          Cari
        </button>
      </form>
      {q && !expression && (
        <p className="mt-6 text-muted">Masukkan kata yang ingin dicari, misalnya &ldquo;Stoltenberg&rdquo; atau &ldquo;rupiah&rdquo;.</p>
      )}
      {expression && (
        <p className="mt-6 text-sm text-muted" role="status">
          {total > 0 ? `${total} hasil untuk “${q}”` : `Tidak ada berita yang cocok dengan “${q}”. Coba kata lain yang lebih umum.`}
        </p>
      )}
      <ol className="mt-4 divide-y divide-line">
        {items.map((hit) => (
          <li key={hit.key} className="py-4">
            <p className="text-xs font-bold tracking-wide text-brand uppercase">{hit.kicker}</p>
            <h2 className="mt-1 font-serif text-xl leading-snug font-bold">
              <Link href={hit.href} className="hover:text-brand">
                <Marked text={hit.titleMarked} />
              </Link>
            </h2>
            <p className="mt-1 text-sm leading-relaxed text-muted">
              <Marked text={hit.snippet} />
            </p>
            <p className="mt-1 text-xs text-muted">{formatWib(hit.publishedAt)}</p>
          </li>
        ))}
      </ol>
      <Pagination
        page={Math.min(page, pageCount(total, PER_PAGE))}
        pages={pageCount(total, PER_PAGE)}
        href={(n) => `/search?q=${encodeURIComponent(q)}&halaman=${n}`}
      />
    </main>
  )
}
