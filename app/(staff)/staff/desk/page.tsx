import { StatusBadge, statusLabels } from '@/components/desk/labels'
import { Link } from '@/components/link'
import { Pagination } from '@/components/pagination'
import { Notice } from '@/components/staff/notice'
import { listDeskArticles, type DeskFilter } from '@/db/queries/desk'
import { listAuthorOptions, listCategoryOptions } from '@/db/queries/taxonomy'
import { articleStatuses, type ArticleStatus } from '@/db/schema'
import { formatWib } from '@/lib/format'
import { pageCount, parsePage } from '@/lib/pagination'
import { one, requireStaff, type StaffSearch } from '@/lib/server/staff'

export const metadata = { title: 'Meja redaksi' }

const input = 'mt-1 block h-10 w-full rounded-md border border-line px-2 font-normal'

const id = (value: string | undefined) => (value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined)

/** The query of the list, validated: anything that is not a known state, id or short text is ignored. */
function readFilter(search: StaffSearch, known: { categories: Set<number>; authors: Set<number> }): DeskFilter {
  const status = one(search.status)
  const categoryId = id(one(search.kategori))
  const authorId = id(one(search.penulis))
  const q = one(search.q)?.trim().slice(0, 100)
  return {
    status: articleStatuses.includes(status as ArticleStatus) ? (status as ArticleStatus) : undefined,
    categoryId: categoryId && known.categories.has(categoryId) ? categoryId : undefined,
    authorId: authorId && known.authors.has(authorId) ? authorId : undefined,
    q: q || undefined,
    page: parsePage(one(search.halaman)) ?? 1,
  }
}

function hrefOf(filter: DeskFilter, change: Partial<DeskFilter>): string {
  const next = { ...filter, ...change }
  const params = new URLSearchParams()
  if (next.status) params.set('status', next.status)
  if (next.categoryId) params.set('kategori', String(next.categoryId))
  if (next.authorId) params.set('penulis', String(next.authorId))
  if (next.q) params.set('q', next.q)
  if (next.page && next.page > 1) params.set('halaman', String(next.page))
  const query = params.toString()
  return query ? `/staff/desk?${query}` : '/staff/desk'
}

/** The newsroom's articles in every state, newest-updated first, with who is editing what. */
export default async function DeskListPage({ searchParams }: { searchParams: Promise<StaffSearch> }) {
  await requireStaff('create:article:own')
  const search = await searchParams
  const now = new Date()
  const categories = await listCategoryOptions()
  const authors = await listAuthorOptions()
  const filter = readFilter(search, { categories: new Set(categories.map((c) => c.id)), authors: new Set(authors.map((a) => a.id)) })
  const { items, total, counts, perPage } = await listDeskArticles(filter, now)
  const all = articleStatuses.reduce((sum, status) => sum + counts[status], 0)
  const tabs: { status: ArticleStatus | undefined; label: string; count: number }[] = [
    { status: undefined, label: 'Semua', count: all },
    ...articleStatuses.map((status) => ({ status, label: statusLabels[status], count: counts[status] })),
  ]
  return (
    <main>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Meja redaksi</h1>
        <Link href="/staff/desk/new" className="rounded-full bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          Tulis artikel
        </Link>
      </div>
      <Notice search={search} />

      <nav aria-label="Status artikel" className="mt-4 flex flex-wrap gap-1 text-sm">
        {tabs.map((tab) => {
          const current = tab.status === filter.status
          return (
            <Link
              key={tab.label}
              href={hrefOf(filter, { status: tab.status, page: 1 })}
              aria-current={current ? 'page' : undefined}
              className={`shrink-0 rounded-full px-3 py-1.5 font-semibold whitespace-nowrap ${current ? 'bg-ink text-white' : 'hover:bg-wash'}`}
            >
              {tab.label} <span className={current ? 'text-white/80' : 'text-muted'}>({tab.count.toLocaleString('id-ID')})</span>
            </Link>
          )
        })}
      </nav>

      <form
        method="get"
        action="/staff/desk"
        role="search"
        className="mt-3 grid gap-3 rounded-md border border-line p-3 sm:grid-cols-[1fr_1fr_2fr_auto]"
      >
        {filter.status && <input type="hidden" name="status" value={filter.status} />}
        <label className="block text-sm font-semibold">
          Kategori
          <select name="kategori" defaultValue={filter.categoryId ?? ''} className={input}>
            <option value="">Semua kategori</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          Penulis
          <select name="penulis" defaultValue={filter.authorId ?? ''} className={input}>
            <option value="">Semua penulis</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          Cari judul
          <input type="search" name="q" defaultValue={filter.q ?? ''} maxLength={100} className={input} />
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="h-10 rounded-full bg-ink px-5 font-semibold text-white hover:bg-brand-dark">
            Saring
          </button>
          {(filter.categoryId || filter.authorId || filter.q) && (
            <Link href={hrefOf({ status: filter.status }, {})} className="flex h-10 items-center px-2 text-sm underline">
              Hapus saringan
            </Link>
          )}
        </div>
      </form>

      <p className="mt-4 text-sm text-muted" aria-live="polite">
        {total.toLocaleString('id-ID')} artikel
      </p>
      {items.length === 0 ? (
        <p className="mt-2 rounded-md bg-wash p-4">Tidak ada artikel yang cocok.</p>
      ) : (
        <ul className="mt-2 divide-y divide-line border-y border-line">
          {items.map((row) => (
            <li key={row.id} className="grid gap-1 py-3 sm:grid-cols-[1fr_19rem] sm:gap-6">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={row.status} />
                  <Link href={`/staff/desk/${row.id}`} className="font-serif text-lg leading-snug font-bold break-words hover:underline">
                    {row.title || 'Tanpa judul'}
                  </Link>
                </p>
                <p className="mt-1 text-sm text-muted">
                  {row.categoryName}
                  {row.authorNames.length > 0 && <> · {row.authorNames.join(', ')}</>}
                </p>
                {row.editing.length > 0 && (
                  <p className="mt-1 text-sm font-semibold text-amber-900">Sedang disunting oleh {row.editing.join(', ')}</p>
                )}
              </div>
              <div className="text-sm text-muted sm:text-right">
                <p>
                  Diubah {formatWib(row.updatedAt)}
                  {row.updatedByName && <span className="block">oleh {row.updatedByName}</span>}
                </p>
                {row.status === 'scheduled' && row.scheduledAt && <p className="text-sky-900">Terbit {formatWib(row.scheduledAt)}</p>}
                {row.status === 'published' && row.publishedAt && <p>Terbit {formatWib(row.publishedAt)}</p>}
                {row.status === 'published' && row.path && (
                  <p>
                    <Link href={row.path} className="font-semibold text-brand underline">
                      Lihat di situs<span className="sr-only">: {row.title}</span>
                    </Link>
                  </p>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={filter.page ?? 1} pages={pageCount(total, perPage)} href={(n) => hrefOf(filter, { page: n })} />
    </main>
  )
}
