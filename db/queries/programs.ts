import 'server-only'
import { asc, desc, eq, lte } from 'drizzle-orm'
import { getDb } from '../client'
import { episodes, programs } from '../tables'

export async function listPrograms() {
  const db = getDb()
  const rows = await db.select().from(programs).orderBy(asc(programs.title))
  return Promise.all(
    rows.map(async (program) => {
      const [latest] = await db
        .select({ title: episodes.title, publishedAt: episodes.publishedAt })
        .from(episodes)
        .where(eq(episodes.programId, program.id))
        .orderBy(desc(episodes.publishedAt))
        .limit(1)
      return { ...program, latest: latest ?? null }
    }),
  )
}

export async function getProgram(slug: string) {
  const db = getDb()
  const [program] = await db.select().from(programs).where(eq(programs.slug, slug)).limit(1)
  if (!program) return null
  const list = await db.select().from(episodes).where(eq(episodes.programId, program.id)).orderBy(desc(episodes.publishedAt))
  return { ...program, episodes: list }
}

/** The newest episodes of every program, for the Program feed. */
export async function listLatestEpisodes(limit: number, now = new Date()) {
  return await getDb()
    .select({
      id: episodes.id,
      title: episodes.title,
      description: episodes.description,
      publishedAt: episodes.publishedAt,
      programSlug: programs.slug,
      programTitle: programs.title,
      image: programs.image,
    })
    .from(episodes)
    .innerJoin(programs, eq(episodes.programId, programs.id))
    .where(lte(episodes.publishedAt, now))
    .orderBy(desc(episodes.publishedAt), desc(episodes.id))
    .limit(limit)
}
