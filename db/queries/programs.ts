import 'server-only'
import { asc, desc, eq, lte } from 'drizzle-orm'
import { getDb } from '../client'
import { episodes, programs } from '../schema'

export function listPrograms() {
  const db = getDb()
  return db
    .select()
    .from(programs)
    .orderBy(asc(programs.title))
    .all()
    .map((program) => ({
      ...program,
      latest:
        db
          .select({ title: episodes.title, publishedAt: episodes.publishedAt })
          .from(episodes)
          .where(eq(episodes.programId, program.id))
          .orderBy(desc(episodes.publishedAt))
          .get() ?? null,
    }))
}

export function getProgram(slug: string) {
  const db = getDb()
  const program = db.select().from(programs).where(eq(programs.slug, slug)).get()
  if (!program) return null
  const list = db.select().from(episodes).where(eq(episodes.programId, program.id)).orderBy(desc(episodes.publishedAt)).all()
  return { ...program, episodes: list }
}

/** The newest episodes of every program, for the Program feed. */
export function listLatestEpisodes(limit: number, now = new Date()) {
  return getDb()
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
    .all()
}
