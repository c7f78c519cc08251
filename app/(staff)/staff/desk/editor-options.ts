import 'server-only'
import type { DeskFormOptions } from '@/components/desk/article-form.client'
import { listMedia, type MediaItem } from '@/db/queries/media'
import { listAuthorOptions, listCategoryOptions, listDatasetOptions, listTagOptions } from '@/db/queries/taxonomy'
import { mediaUrl } from '@/lib/media/files'
import { canViewDeskArticle, type Actor, type DeskArticle } from '@/lib/permissions'

/** How many of the library's newest images the editor offers. */
const MEDIA_OFFERED = 120

/** A small square of the image (the 1:1 crop when there is one), for choosing it. */
function thumbOf(item: MediaItem): string {
  const variant = item.variants.find((v) => v.aspect === '1x1') ?? item.variants[0]
  if (!variant) return ''
  return mediaUrl({ hash: item.hash, aspect: variant.aspect, width: Math.min(...variant.widths), format: 'jpg' })
}

/** Everything the editor lets one choose from; tag ids are turned into names for the form. */
export async function editorOptions(relatedTitles: Record<number, string> = {}) {
  const tags = listTagOptions()
  const options: DeskFormOptions = {
    categories: listCategoryOptions(),
    authors: listAuthorOptions(),
    tags: tags.map((tag) => tag.name),
    media: (await listMedia({ limit: MEDIA_OFFERED, offset: 0 })).items.map((item) => ({
      id: item.id,
      alt: item.alt,
      caption: item.caption,
      credit: item.credit,
      thumb: thumbOf(item),
    })),
    datasets: listDatasetOptions(),
    relatedTitles,
  }
  const tagNames = new Map(tags.map((tag) => [tag.id, tag.name]))
  return { options, tagName: (id: number) => tagNames.get(id) }
}

/** A date as a `datetime-local` value in WIB ("2026-12-02T09:30"). */
export const wibLocal = (date: Date) => new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 16)

/** An article id from the address; anything else is no article. */
export const parseId = (value: string | undefined) => (value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null)

/** Whether this staff member may open this article in the desk: an editor any, a writer their own. */
export const mayOpen = (viewer: Actor & { id: number }, article: DeskArticle) => canViewDeskArticle(viewer, article)
