import { Breadcrumb } from '@/components/breadcrumb'
import { Link } from '@/components/link'
import { Pagination } from '@/components/pagination'
import { jobFacets, listOpenJobs, type JobType } from '@/db/queries/jobs'
import { formatShortDate } from '@/lib/format'
import { pageCount, parsePage } from '@/lib/pagination'
import { jobTypeLabels, verticalByHref } from '@/lib/strings'

export const jobsMetadata = {
  title: 'Jobs: lowongan kerja',
  description: verticalByHref('/jobs').description,
  alternates: { canonical: '/jobs', types: { 'application/rss+xml': '/jobs/rss.xml' } },
}

const PER_PAGE = 12
export type Search = Record<string, string | string[] | undefined>
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 100) : undefined)

/** Open job listings, filtered by location, type and field from the query of the URL. */
export async function JobsBoard({ search }: { search: Search }) {
  const facets = await jobFacets()
  // Only values that exist are filters; anything else is ignored.
  const location = facets.locations.find((l) => l === one(search.lokasi))
  const type = facets.types.find((t) => t === one(search.jenis)) as JobType | undefined
  const field = facets.fields.find((f) => f === one(search.bidang))
  const page = parsePage(one(search.halaman) ?? null) ?? 1
  const { items, total } = await listOpenJobs({ location, type, field }, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE })
  const href = (n: number) => {
    const params = new URLSearchParams()
    if (location) params.set('lokasi', location)
    if (type) params.set('jenis', type)
    if (field) params.set('bidang', field)
    params.set('halaman', String(n))
    return `/jobs?${params}`
  }
  const select = 'mt-1 block h-10 w-full rounded-md border border-line bg-paper px-2 text-base'
  return (
    <main className="mx-auto max-w-6xl px-4 pt-6">
      <Breadcrumb items={[{ href: '/jobs', label: 'Jobs' }]} />
      <header className="mt-3 mb-6 border-b-2 border-ink pb-4">
        <h1 className="font-serif text-3xl font-bold tracking-tight md:text-4xl">Jobs</h1>
        <p className="mt-2 text-muted">Lowongan kerja pilihan. {total} lowongan terbuka sesuai saringan.</p>
      </header>
      <div className="grid gap-8 lg:grid-cols-[260px_minmax(0,1fr)]">
        <form method="get" action="/jobs" aria-label="Saring lowongan" className="space-y-4 rounded-md bg-wash p-4 text-sm">
          <label className="block font-semibold">
            Lokasi
            <select name="lokasi" defaultValue={location ?? ''} className={select}>
              <option value="">Semua lokasi</option>
              {facets.locations.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          </label>
          <label className="block font-semibold">
            Jenis pekerjaan
            <select name="jenis" defaultValue={type ?? ''} className={select}>
              <option value="">Semua jenis</option>
              {facets.types.map((t) => (
                <option key={t} value={t}>
                  {jobTypeLabels[t]}
                </option>
              ))}
            </select>
          </label>
          <label className="block font-semibold">
            Bidang
            <select name="bidang" defaultValue={field ?? ''} className={select}>
              <option value="">Semua bidang</option>
              {facets.fields.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </select>
          </label>
          <button type="submit" className="h-10 w-full rounded-full bg-brand font-semibold text-white hover:bg-brand-dark">
            Terapkan
          </button>
        </form>
        <div>
          {items.length === 0 ? (
            <p className="text-muted">Tidak ada lowongan terbuka yang cocok. Coba ubah saringan.</p>
          ) : (
            <ul aria-label="Lowongan" className="divide-y divide-line">
              {items.map((job) => (
                <li key={job.slug} className="py-4">
                  <h2 className="font-serif text-xl font-bold">
                    <Link href={`/jobs/${job.slug}`} className="hover:text-brand">
                      {job.title}
                    </Link>
                  </h2>
                  <p className="mt-1 text-sm">
                    {job.company} · {job.location} · {jobTypeLabels[job.type]} · {job.field}
                  </p>
                  <p className="mt-1 text-xs text-muted">
                    {job.salary && `${job.salary} · `}Dibuka {formatShortDate(job.postedAt)} · Batas {formatShortDate(job.deadline)}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={Math.min(page, pageCount(total, PER_PAGE))} pages={pageCount(total, PER_PAGE)} href={href} />
        </div>
      </div>
    </main>
  )
}
