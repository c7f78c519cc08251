'use client'

import { useEffect } from 'react'

/** Counts a read without making the page dynamic: one small beacon after the page has loaded. */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const body = JSON.stringify({ id: articleId })
    if (!navigator.sendBeacon?.('/api/views', body)) {
      fetch('/api/views', { method: 'POST', body, keepalive: true }).catch(() => {})
    }
  }, [articleId])
  return null
}
