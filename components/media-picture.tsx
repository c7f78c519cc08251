import type { MediaItem } from '@/db/queries/media'
import type { MediaVariant } from '@/db/schema'
import { pictureSources } from '@/lib/media/files'

/**
 * An image of the library: AVIF and WebP sources with every encoded width, a JPEG fallback, and
 * its width and height so the page keeps its place before the file arrives. `sizes` says how wide
 * it shows, so the browser picks the smallest file that is sharp enough.
 */
export function MediaPicture({
  item,
  aspect = 'full',
  sizes,
  className,
  loading = 'lazy',
  priority = false,
}: {
  item: Pick<MediaItem, 'hash' | 'alt' | 'variants'>
  aspect?: MediaVariant['aspect']
  sizes: string
  className?: string
  loading?: 'lazy' | 'eager'
  /** The page's first picture: fetched early, with high priority. */
  priority?: boolean
}) {
  const variant = item.variants.find((v) => v.aspect === aspect) ?? item.variants[0]
  if (!variant) return null
  const picture = pictureSources(item.hash, variant)
  return (
    <picture>
      {picture.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        src={picture.fallback.src}
        srcSet={picture.fallback.srcSet}
        sizes={sizes}
        width={picture.width}
        height={picture.height}
        alt={item.alt}
        loading={loading}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
        className={className}
      />
    </picture>
  )
}
