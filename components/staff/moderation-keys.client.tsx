'use client'

import { useEffect } from 'react'

/** Keyboard shortcuts for the queue: j/k move between comments, a approves, r goes to the reject reason, x selects. */
export function ModerationKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      if (event.metaKey || event.ctrlKey || event.altKey || target.closest('input, textarea, select')) return
      const rows = [...document.querySelectorAll<HTMLElement>('[data-moderation-row]')]
      if (rows.length === 0) return
      const current = rows.findIndex((row) => row.contains(document.activeElement))
      const row = rows[current] ?? null
      if (event.key === 'j' || event.key === 'k') {
        const next = rows[Math.min(rows.length - 1, Math.max(0, current + (event.key === 'j' ? 1 : -1)))]
        next?.focus()
      } else if (event.key === 'a' && row) {
        row.querySelector<HTMLButtonElement>('[data-key="a"]')?.click()
      } else if (event.key === 'r' && row) {
        row.querySelector<HTMLInputElement>('[data-key="r"]')?.focus()
      } else if (event.key === 'x' && row) {
        row.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click()
      } else {
        return
      }
      event.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    // Says the shortcuts are live (keys pressed before the page has loaded do nothing).
    document.documentElement.dataset.moderationKeys = 'ready'
    return () => {
      document.removeEventListener('keydown', onKey)
      delete document.documentElement.dataset.moderationKeys
    }
  }, [])
  return null
}
