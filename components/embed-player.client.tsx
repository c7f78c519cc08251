'use client'

import { useState } from 'react'

const sources = {
  youtube: (id: string) => `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1`,
  spotify: (id: string) => `https://open.spotify.com/embed/episode/${encodeURIComponent(id)}`,
} as const

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
  provider: keyof typeof sources
  mediaId: string
  title: string
  image: string
}) {
  const [playing, setPlaying] = useState(false)
  const height = provider === 'spotify' ? 232 : undefined
  if (playing) {
    return (
      <iframe
        src={sources[provider](mediaId)}
        title={title}
        allow="autoplay; encrypted-media; picture-in-picture"
        allowFullScreen
        loading="lazy"
        className={`w-full rounded-md border-0 ${provider === 'youtube' ? 'aspect-video' : ''}`}
        style={height ? { height } : undefined}
      />
    )
  }
  return (
    <button
      type="button"
      onClick={() => setPlaying(true)}
      className="group relative block w-full overflow-hidden rounded-md bg-ink text-left"
      style={{ aspectRatio: provider === 'youtube' ? '16 / 9' : undefined, height }}
    >
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={image} alt="" width={1200} height={675} loading="lazy" className="absolute inset-0 h-full w-full object-cover opacity-60" />
      <span className="absolute inset-0 flex items-center justify-center">
        <span className="rounded-full bg-brand px-5 py-3 font-semibold text-white shadow-lg group-hover:bg-brand-dark">
          ▶ {provider === 'youtube' ? 'Putar video' : 'Putar siniar'}
          <span className="sr-only">: {title}</span>
        </span>
      </span>
      <span className="absolute right-2 bottom-2 rounded bg-ink/80 px-2 py-1 text-[11px] text-white">
        Pemutar {provider === 'youtube' ? 'YouTube' : 'Spotify'} dimuat setelah Anda menekan tombol
      </span>
    </button>
  )
}
