import 'server-only'
import { count, desc, eq } from 'drizzle-orm'
import { getDb } from '../client'
import { media, type MediaVariant } from '../schema'
import { audit, type Actor } from './moderation'

export type MediaItem = typeof media.$inferSelect

export type NewMedia = {
  hash: string
  width: number
  height: number
  mime: string
  bytes: number
  alt: string
  caption: string | null
  credit: string | null
  focusX: number
  focusY: number
  variants: MediaVariant[]
}

export function getMediaByHash(hash: string): MediaItem | undefined {
  return getDb().select().from(media).where(eq(media.hash, hash)).get()
}

export function getMedia(id: number): MediaItem | undefined {
  return getDb().select().from(media).where(eq(media.id, id)).get()
}

/**
 * Records an uploaded image and its audit entry in one transaction. The same picture with the
 * same focal point is already in the library: that row is returned and nothing is added.
 */
export function insertMedia(values: NewMedia, actor: Actor): { item: MediaItem; created: boolean } {
  return getDb().transaction(
    (tx) => {
      const existing = tx.select().from(media).where(eq(media.hash, values.hash)).get()
      if (existing) return { item: existing, created: false }
      const item = tx
        .insert(media)
        .values({ ...values, uploadedBy: actor.id })
        .returning()
        .get()
      audit(tx, actor, [
        {
          action: 'media.upload',
          targetType: 'media',
          targetId: item.id,
          reason: `${values.alt} (${values.width} × ${values.height}, ${values.mime})`,
        },
      ])
      return { item, created: true }
    },
    { behavior: 'immediate' },
  )
}

export function listMedia({ limit, offset }: { limit: number; offset: number }): { items: MediaItem[]; total: number } {
  const db = getDb()
  const items = db.select().from(media).orderBy(desc(media.createdAt), desc(media.id)).limit(limit).offset(offset).all()
  const total = db.select({ n: count() }).from(media).get()?.n ?? 0
  return { items, total }
}
