import 'server-only'
import { and, asc, count, desc, eq, gt, type SQL } from 'drizzle-orm'
import { getDb } from '../client'
import { jobTypes } from '../schema'
import { jobs } from '../tables'

export type JobType = (typeof jobTypes)[number]
export type JobFilter = { location?: string; type?: JobType; field?: string }

const open = (now: Date) => gt(jobs.deadline, now)

function filterWhere(filter: JobFilter, now: Date): SQL | undefined {
  return and(
    open(now),
    filter.location ? eq(jobs.location, filter.location) : undefined,
    filter.type ? eq(jobs.type, filter.type) : undefined,
    filter.field ? eq(jobs.field, filter.field) : undefined,
  )
}

const listColumns = {
  slug: jobs.slug,
  title: jobs.title,
  company: jobs.company,
  location: jobs.location,
  type: jobs.type,
  field: jobs.field,
  salary: jobs.salary,
  postedAt: jobs.postedAt,
  deadline: jobs.deadline,
}

/** Open listings (deadline still ahead), newest first, with the filters applied. */
export async function listOpenJobs(filter: JobFilter, { limit, offset }: { limit: number; offset: number }, now = new Date()) {
  const db = getDb()
  const where = filterWhere(filter, now)
  const items = await db.select(listColumns).from(jobs).where(where).orderBy(desc(jobs.postedAt), asc(jobs.id)).limit(limit).offset(offset)
  const [counted] = await db.select({ n: count() }).from(jobs).where(where).limit(1)
  return { items, total: counted?.n ?? 0 }
}

/** The values the filters can take, from the open listings. */
export async function jobFacets(now = new Date()) {
  const db = getDb()
  const distinct = async <T extends typeof jobs.location | typeof jobs.field>(column: T) => {
    const rows = await db.selectDistinct({ value: column }).from(jobs).where(open(now)).orderBy(asc(column))
    return rows.map((row) => row.value)
  }
  return { locations: await distinct(jobs.location), fields: await distinct(jobs.field), types: [...jobTypes] }
}

/** A listing by slug, expired or not; `closed` says whether its deadline has passed at `now`. */
export async function getJob(slug: string, now = new Date()) {
  const [job] = await getDb().select().from(jobs).where(eq(jobs.slug, slug)).limit(1)
  return job ? { ...job, closed: job.deadline.getTime() <= now.getTime() } : null
}

export async function listJobSlugs() {
  return await getDb().select({ slug: jobs.slug }).from(jobs)
}
