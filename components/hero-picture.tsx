import type { ArticleCard } from '@/db/queries/articles'
import { MediaPicture } from './media-picture'
import { Picture } from './picture'

/**
 * An article's hero: the desk's library image in its 16:9 crop (AVIF, WebP, JPEG at every width)
 * when it has one, else the image file the article came with.
 */
export function HeroPicture({
  article,
  alt,
  width,
  height,
  sizes,
  className,
  preload = false,
}: {
  article: Pick<ArticleCard, 'heroImage' | 'heroMedia'>
  alt: string
  width: number
  height: number
  sizes: string
  className: string
  preload?: boolean
}) {
  if (article.heroMedia) {
    return (
      <MediaPicture
        item={{ ...article.heroMedia, alt }}
        aspect="16x9"
        sizes={sizes}
        className={className}
        loading={preload ? 'eager' : 'lazy'}
        priority={preload}
      />
    )
  }
  if (!article.heroImage) return null
  return <Picture src={article.heroImage} alt={alt} width={width} height={height} sizes={sizes} preload={preload} className={className} />
}

export const hasHero = (article: Pick<ArticleCard, 'heroImage' | 'heroMedia'>) => Boolean(article.heroMedia || article.heroImage)
