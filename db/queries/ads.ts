import 'server-only'
import { getDb } from '../client'
import { adSlots } from '../tables'

export type AdSlot = {
  key: string
  name: string
  width: number
  height: number
  imageUrl: string | null
  linkUrl: string | null
  active: boolean
}

export async function listAdSlots(): Promise<Map<string, AdSlot>> {
  const rows = await getDb()
    .select({
      key: adSlots.key,
      name: adSlots.name,
      width: adSlots.width,
      height: adSlots.height,
      imageUrl: adSlots.imageUrl,
      linkUrl: adSlots.linkUrl,
      active: adSlots.active,
    })
    .from(adSlots)
  return new Map(rows.map((row) => [row.key, row]))
}
