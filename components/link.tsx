import NextLink from 'next/link'
import type { ComponentProps } from 'react'

/**
 * Links do not prefetch: a news page carries a hundred links, and prefetching each one as it
 * scrolls into view would multiply the requests of every page view. Navigation stays client-side.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />
}
