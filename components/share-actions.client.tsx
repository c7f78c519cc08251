'use client'

import { useState, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/** Copy-link and the device's own share sheet: the only parts of sharing that need JavaScript. */
export function ShareActions({
  url,
  title,
  labels,
}: {
  url: string
  title: string
  labels: { copy: string; copied: string; native: string }
}) {
  const [copied, setCopied] = useState(false)
  // The server and the first render show no native-share button; browsers that have one add it.
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  )

  return (
    <>
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url)
            setCopied(true)
            setTimeout(() => setCopied(false), 2500)
          } catch {
            window.prompt(labels.copy, url)
          }
        }}
        className="inline-flex h-10 items-center gap-2 rounded-full border border-line px-4 text-sm font-semibold hover:border-ink"
      >
        {copied ? labels.copied : labels.copy}
      </button>
      {canShare && (
        <button
          type="button"
          onClick={() => navigator.share({ title, url }).catch(() => {})}
          className="inline-flex h-10 items-center gap-2 rounded-full border border-line px-4 text-sm font-semibold hover:border-ink"
        >
          {labels.native}
        </button>
      )}
      <span role="status" className="sr-only">
        {copied ? labels.copied : ''}
      </span>
    </>
  )
}
