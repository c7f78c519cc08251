import NextLink from 'next/link'
import type { ComponentProps } from 'react'
import { isStaticRender } from '@/lib/server/static-render'

/**
 * Links do not prefetch: a news page carries a hundred links, and prefetching each one as it
 * scrolls into view would multiply the requests of every page view. Navigation stays client-side
 * on App Router pages; a static page (no framework runtime) has plain links.
 */
export function Link({ href, ...props }: ComponentProps<typeof NextLink>) {
  if (isStaticRender()) return <a href={typeof href === 'string' ? href : String(href.pathname ?? '/')} {...props} />
  return <NextLink prefetch={false} href={href} {...props} />
}
