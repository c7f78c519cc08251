'use client'

import { useState } from 'react'
import type { EmbedProvider } from '@/db/schema'
import { BodyEmbedCard, embedButtonClass, embedLoadLabel } from './body-embed-card'

/** An embed in a story: the provider's frame exists only after the reader presses the button. */
export function BodyEmbedPlayer({
  provider,
  title,
  src,
  page,
  frameClass,
  height,
}: {
  provider: EmbedProvider
  title: string
  src: string
  page: string
  frameClass: string
  height: number | undefined
}) {
  const [loaded, setLoaded] = useState(false)
  if (loaded) {
    return (
      <iframe
        src={src}
        title={title}
        allow="autoplay; encrypted-media; picture-in-picture"
        allowFullScreen
        className={frameClass}
        style={height ? { height } : undefined}
      />
    )
  }
  const button = (
    <button type="button" onClick={() => setLoaded(true)} className={embedButtonClass}>
      ▶ {embedLoadLabel(provider)}
      <span className="sr-only">: {title}</span>
    </button>
  )
  return <BodyEmbedCard provider={provider} title={title} page={page} button={button} />
}
