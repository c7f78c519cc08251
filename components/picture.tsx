import { getImageProps, type ImageProps } from 'next/image'

/**
 * An image as next/image writes it (srcset of optimized widths, lazy unless preloaded), from the
 * server alone: no client component, so it renders the same on static pages (docs/decisions/013).
 * A preloaded image (the page's first picture) is fetched with high priority.
 */
export function Picture({ alt, preload, ...props }: ImageProps & { alt: string }) {
  const { props: img } = getImageProps({ alt, preload, ...props })
  // eslint-disable-next-line @next/next/no-img-element
  return <img {...img} alt={alt} fetchPriority={preload ? 'high' : img.fetchPriority} />
}
