'use client'

import { useEffect, useRef } from 'react'

/**
 * New comments on the App Router pages: the static pages' island (components/islands/live-comments.ts),
 * loaded after the page is interactive. React renders the container and nothing inside it, so the
 * island's own DOM is never React's to reconcile.
 */
export function LiveComments({
  articleId,
  articlePath,
  since,
  count,
  className,
}: {
  articleId: number
  articlePath: string
  since: number
  count: number
  className?: string
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const root = ref.current
    if (!root) return
    let stop: (() => void) | undefined
    let gone = false
    import('./islands/live-comments')
      .then(({ mountLiveComments }) => {
        if (!gone) stop = mountLiveComments(root)
      })
      .catch(() => {})
    return () => {
      gone = true
      stop?.()
    }
  }, [articleId])
  return <div ref={ref} data-article={articleId} data-path={articlePath} data-since={since} data-count={count} className={className} />
}
