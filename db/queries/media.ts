import 'server-only'
import { count, desc, eq } from 'drizzle-orm'
import { getDb, transaction } from '../client'
import { type MediaVariant } from '../schema'
import { media } from '../tables'
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

export async function getMediaByHash(hash: string): Promise<MediaItem | undefined> {
  return (await getDb().select().from(media).where(eq(media.hash, hash)).limit(1))[0]
}

export async function getMedia(id: number): Promise<MediaItem | undefined> {
  return (await getDb().select().from(media).where(eq(media.id, id)).limit(1))[0]
}

/**
 * Records an uploaded image and its audit entry in one transaction. The same picture with the
 * same focal point is already in the library: that row is returned and nothing is added.
 */
export async function insertMedia(values: NewMedia, actor: Actor): Promise<{ item: MediaItem; created: boolean }> {
  return transaction<{ item: MediaItem; created: boolean }>(
    async () => {
      const tx = getDb()
      const existing = (await tx.select().from(media).where(eq(media.hash, values.hash)).limit(1))[0]
      if (existing) return { item: existing, created: false }
      const item = (
        await tx
          .insert(media)
          .values({ ...values, uploadedBy: actor.id })
          .returning()
      )[0]!
      await audit(tx, actor, [
        {
          action: 'media.upload',
          targetType: 'media',
          targetId: item.id,
          reason: `${values.alt} (${values.width} × ${values.height}, ${values.mime})`,
        },
      ])
      return { item, created: true }
    },
    { immediate: true },
  )
}

export async function listMedia({ limit, offset }: { limit: number; offset: number }): Promise<{ items: MediaItem[]; total: number }> {
  const db = getDb()
  const items = await db.select().from(media).orderBy(desc(media.createdAt), desc(media.id)).limit(limit).offset(offset)
  const total = (await db.select({ n: count() }).from(media).limit(1))[0]?.n ?? 0
  return { items, total }
}
