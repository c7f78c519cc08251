import type { MediaVariant } from '@/db/schema'

// The names of a library image's files and the URLs they are served at. A name says everything
// about its bytes (content hash, crop, width, format), so a file never changes once written and
// may be cached for a year.

export const MEDIA_FORMATS = ['avif', 'webp', 'jpg'] as const
export type MediaFormat = (typeof MEDIA_FORMATS)[number]
export type MediaAspect = MediaVariant['aspect']

export const MEDIA_TYPES: Record<MediaFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' }

/** The widths every picture is encoded at, each only when the picture (or crop) is at least that wide. */
export const MEDIA_WIDTHS = [480, 960, 1600] as const

/** A file's name; the one pattern the serving route accepts, checked before the disk is touched. */
const NAME = /^([0-9a-f]{32})-(full|16x9|1x1)-([1-9]\d{1,3})\.(avif|webp|jpg)$/

export type MediaFile = { hash: string; aspect: MediaAspect; width: number; format: MediaFormat }

export const mediaFileName = (file: MediaFile) => `${file.hash}-${file.aspect}-${file.width}.${file.format}`

export function parseMediaFileName(name: string): MediaFile | null {
  const match = NAME.exec(name)
  if (!match) return null
  return { hash: match[1]!, aspect: match[2] as MediaAspect, width: Number(match[3]), format: match[4] as MediaFormat }
}

/** Files sit in folders named by the first two characters of their hash, so no folder grows huge. */
export const mediaFilePath = (file: MediaFile) => `${file.hash.slice(0, 2)}/${mediaFileName(file)}`

export const mediaUrl = (file: MediaFile) => `/media/${mediaFileName(file)}`

/** The widths to encode for a picture (or crop) this wide: never wider than it is. */
export function widthsFor(sourceWidth: number): number[] {
  const widths = MEDIA_WIDTHS.filter((width) => width <= sourceWidth)
  return widths.length > 0 ? widths : [sourceWidth]
}

export type Srcset = { type: string; srcSet: string }

/** Everything a `<picture>` needs for one variant family: AVIF and WebP sources, the JPEG fallback. */
export function pictureSources(hash: string, variant: MediaVariant) {
  const set = (format: MediaFormat) =>
    variant.widths.map((width) => `${mediaUrl({ hash, aspect: variant.aspect, width, format })} ${width}w`).join(', ')
  const largest = variant.widths[variant.widths.length - 1] ?? variant.width
  return {
    sources: [
      { type: MEDIA_TYPES.avif, srcSet: set('avif') },
      { type: MEDIA_TYPES.webp, srcSet: set('webp') },
    ] satisfies Srcset[],
    fallback: { src: mediaUrl({ hash, aspect: variant.aspect, width: largest, format: 'jpg' }), srcSet: set('jpg') },
    width: variant.width,
    height: variant.height,
  }
}
