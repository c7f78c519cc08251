'use client'

import { useState } from 'react'
import { embedFrameClass, embedHeight, embedSource, type EmbedProvider } from '@/lib/embeds'
import { coverClass, coverStyle, PlayerCover } from './player-cover'

/**
 * A third-party player that does not exist until the reader asks for it: before the click the
 * page makes no request to the provider (no cookies, no tracking, no weight).
 */
export function EmbedPlayer({
  provider,
  mediaId,
  title,
  image,
}: {
  provider: EmbedProvider
  mediaId: string
  title: string
  image: string
}) {
  const [playing, setPlaying] = useState(false)
  const height = embedHeight(provider)
  if (playing) {
    return (
      <iframe
        src={embedSource(provider, mediaId)}
        title={title}
        allow="autoplay; encrypted-media; picture-in-picture"
        allowFullScreen
        loading="lazy"
        className={embedFrameClass(provider)}
        style={height ? { height } : undefined}
      />
    )
  }
  return (
    <button type="button" onClick={() => setPlaying(true)} className={coverClass} style={coverStyle(provider)}>
      <PlayerCover provider={provider} title={title} image={image} />
    </button>
  )
}
