import 'server-only'
import { asc, desc, eq } from 'drizzle-orm'
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
