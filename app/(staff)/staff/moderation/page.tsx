import { Link } from '@/components/link'
import { Pagination } from '@/components/pagination'
import { ModerationKeys } from '@/components/staff/moderation-keys.client'
import { Notice } from '@/components/staff/notice'
import { getArticleForModeration, listQueue, queueCounts, tabs, type Tab } from '@/db/queries/moderation'
import { formatWib } from '@/lib/format'
import { articlePath } from '@/lib/paths'
import { pageCount, parsePage } from '@/lib/pagination'
import { one, requireStaff, type StaffSearch } from '@/lib/server/staff'
import { reportReasonLabels } from '@/lib/strings'
import {
  approveComments,
  commentModeAction,
  featureComments,
  rejectComments,
  restoreComments,
  unfeatureComments,
} from '@/lib/server/actions/staff'

export const metadata = { title: 'Moderasi' }

const PER_PAGE = 25
const tabLabels: Record<Tab, string> = { pending: 'Menunggu', reported: 'Dilaporkan', approved: 'Disetujui', rejected: 'Ditolak' }
const modeLabels = { open: 'Terbuka', premoderated: 'Moderasi awal', closed: 'Ditutup' } as const

const positiveId = (value: string | undefined) => {
  const n = parsePage(value ?? null)
  return n ?? undefined
}

const button = 'rounded-full px-3 py-1.5 text-sm font-semibold'

export default async function ModerationPage({ searchParams }: { searchParams: Promise<StaffSearch> }) {
  await requireStaff('moderate:comment:any')
  const search = await searchParams
  const tab: Tab = tabs.find((t) => t === one(search.tab)) ?? 'pending'
  const articleId = positiveId(one(search.artikel))
  const userId = positiveId(one(search.pengguna))
  const q = one(search.q)?.slice(0, 100).trim() || undefined
  const counts = await queueCounts()
  const page = parsePage(one(search.halaman) ?? null) ?? 1
  const { items, total } = await listQueue({ tab, articleId, userId, q, limit: PER_PAGE, offset: (page - 1) * PER_PAGE })
  const pages = pageCount(total, PER_PAGE)
  const filterArticle = articleId ? await getArticleForModeration(articleId) : null

  const query = (over: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries({ tab, artikel: articleId, pengguna: userId, q, ...over })) {
      if (value !== undefined && value !== '') params.set(key, String(value))
    }
    return `/staff/moderation?${params}`
  }
  const back = query({ halaman: page > 1 ? page : undefined })

  return (
    <main>
      <h1 className="font-serif text-3xl font-bold">Moderasi komentar</h1>
      <Notice search={search} />
      <nav aria-label="Antrean" className="mt-4 flex flex-wrap gap-1">
        {tabs.map((t) => (
          <Link
            key={t}
            href={query({ tab: t })}
            aria-current={t === tab ? 'page' : undefined}
            className={`${button} ${t === tab ? 'bg-ink text-white' : 'bg-wash hover:bg-line'}`}
          >
            {tabLabels[t]} ({counts[t]})
          </Link>
        ))}
      </nav>

      <form method="get" action="/staff/moderation" className="mt-4 flex flex-wrap items-end gap-2 text-sm">
        <input type="hidden" name="tab" value={tab} />
        <label className="flex flex-col">
          ID berita
          <input
            name="artikel"
            inputMode="numeric"
            defaultValue={articleId ?? ''}
            className="h-9 w-28 rounded-md border border-line px-2"
          />
        </label>
        <label className="flex flex-col">
          ID pengguna
          <input name="pengguna" inputMode="numeric" defaultValue={userId ?? ''} className="h-9 w-28 rounded-md border border-line px-2" />
        </label>
        <label className="flex flex-col">
          Teks atau nama
          <input name="q" defaultValue={q ?? ''} maxLength={100} className="h-9 w-56 rounded-md border border-line px-2" />
        </label>
        <button type="submit" className={`${button} bg-wash hover:bg-line`}>
          Saring
        </button>
      </form>

      {filterArticle && (
        <form action={commentModeAction} className="mt-4 flex flex-wrap items-center gap-2 rounded-md bg-wash p-3 text-sm">
          <input type="hidden" name="articleId" value={filterArticle.id} />
          <input type="hidden" name="back" value={back} />
          <label htmlFor="mode">
            Mode komentar untuk <strong>{filterArticle.title}</strong>:
          </label>
          <select id="mode" name="mode" defaultValue={filterArticle.commentMode} className="h-9 rounded-md border border-line px-2">
            {Object.entries(modeLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <button type="submit" className={`${button} bg-ink text-white`}>
            Simpan mode
          </button>
        </form>
      )}

      {(tab === 'pending' || tab === 'reported') && items.length > 0 && (
        <form id="bulk" className="mt-4 flex flex-wrap items-center gap-2 rounded-md border border-line p-3 text-sm">
          <input type="hidden" name="back" value={back} />
          <span className="font-semibold">Terpilih:</span>
          <button type="submit" formAction={approveComments} className={`${button} bg-green-700 text-white`}>
            Setujui terpilih
          </button>
          <label className="sr-only" htmlFor="bulk-reason">
            Alasan penolakan untuk yang terpilih
          </label>
          <input
            id="bulk-reason"
            name="reason"
            placeholder="Alasan penolakan"
            maxLength={500}
            className="h-9 w-64 rounded-md border border-line px-2"
          />
          <button type="submit" formAction={rejectComments} className={`${button} bg-brand text-white`}>
            Tolak terpilih
          </button>
        </form>
      )}

      <p className="mt-4 text-xs text-muted">Pintasan: j/k pindah, a setujui, r tulis alasan tolak, x pilih.</p>
      <ModerationKeys />
      {items.length === 0 ? (
        <p className="mt-6 text-muted">Antrean ini kosong.</p>
      ) : (
        <ol className="mt-2 divide-y divide-line">
          {items.map((item) => (
            <li key={item.id} data-moderation-row tabIndex={-1} className="py-4 focus:bg-amber-50 focus:outline-none">
              <div className="flex gap-3">
                {(tab === 'pending' || tab === 'reported') && (
                  <input
                    type="checkbox"
                    form="bulk"
                    name="ids"
                    value={item.id}
                    aria-label={`Pilih komentar #${item.id}`}
                    className="mt-1 h-4 w-4 accent-brand"
                  />
                )}
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-2 text-xs text-muted">
                    {item.overdue && <span className="rounded bg-brand px-1.5 py-0.5 font-bold text-white">Lewat 2 × 24 jam</span>}
                    {item.featured && <span className="rounded bg-brand-soft px-1.5 py-0.5 font-bold text-brand-dark">Pilihan</span>}
                    <span>#{item.id}</span>
                    <time dateTime={item.createdAt.toISOString()}>{formatWib(item.createdAt)}</time>
                    <span>
                      di{' '}
                      <Link href={articlePath(item.article)} className="font-semibold text-ink underline">
                        {item.article.title}
                      </Link>{' '}
                      (
                      <Link href={query({ artikel: item.article.id })} className="underline">
                        saring
                      </Link>
                      )
                    </span>
                  </p>
                  <p className="mt-1 text-xs">
                    <Link href={query({ pengguna: item.author.id ?? undefined })} className="font-semibold underline">
                      {item.author.name}
                    </Link>{' '}
                    · {item.author.role ?? '-'} · status {item.author.status ?? '-'} · disetujui {item.author.approved}, ditolak{' '}
                    {item.author.rejected}
                  </p>
                  <p className="mt-2 text-[15px] break-words whitespace-pre-line">{item.body}</p>
                  {item.reason && <p className="mt-1 text-xs text-muted">Catatan: {item.reason}</p>}
                  {item.reports.length > 0 && (
                    <ul className="mt-2 flex flex-wrap gap-1 text-xs" aria-label="Laporan">
                      {item.reports.map((report) => (
                        <li key={report.reason} className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-950">
                          {reportReasonLabels[report.reason]} × {report.count}
                          {report.notes.length > 0 && `: ${report.notes.join('; ').slice(0, 200)}`}
                        </li>
                      ))}
                    </ul>
                  )}
                  <form className="mt-3 flex flex-wrap items-center gap-2">
                    <input type="hidden" name="ids" value={item.id} />
                    <input type="hidden" name="back" value={back} />
                    {item.status !== 'rejected' && (
                      <>
                        {item.status !== 'approved' || item.reports.length > 0 ? (
                          <button type="submit" formAction={approveComments} data-key="a" className={`${button} bg-green-700 text-white`}>
                            Setujui
                          </button>
                        ) : null}
                        <label className="sr-only" htmlFor={`reason-${item.id}`}>
                          Alasan penolakan komentar #{item.id}
                        </label>
                        <input
                          id={`reason-${item.id}`}
                          name="reason"
                          data-key="r"
                          placeholder="Alasan penolakan"
                          maxLength={500}
                          className="h-9 w-56 rounded-md border border-line px-2 text-sm"
                        />
                        <button type="submit" formAction={rejectComments} className={`${button} bg-brand text-white`}>
                          Tolak
                        </button>
                      </>
                    )}
                    {item.status === 'rejected' && (
                      <button type="submit" formAction={restoreComments} className={`${button} bg-wash hover:bg-line`}>
                        Pulihkan
                      </button>
                    )}
                    {item.status === 'approved' && (
                      <button
                        type="submit"
                        formAction={item.featured ? unfeatureComments : featureComments}
                        className={`${button} bg-wash hover:bg-line`}
                      >
                        {item.featured ? 'Batal pilihan' : 'Jadikan pilihan'}
                      </button>
                    )}
                  </form>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pages={pages} href={(n) => query({ halaman: n })} />
    </main>
  )
}
