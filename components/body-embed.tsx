import type { EmbedProvider } from '@/db/schema'
import { bodyEmbedHeight, bodyEmbedSource, embedPageUrl } from '@/lib/body'
import { isStaticRender } from '@/lib/server/static-render'
import { BodyEmbedCard, embedButtonClass, embedLoadLabel } from './body-embed-card'
import { BodyEmbedPlayer } from './body-embed.client'

/**
 * A YouTube video, Spotify audio or X post in a story, click-to-load like the Program players: the
 * client component, or on a static page the same card for the `player` island.
 */
export function BodyEmbed({ provider, id, title }: { provider: EmbedProvider; id: string; title: string }) {
  const src = bodyEmbedSource(provider, id)
  const page = embedPageUrl(provider, id)
  const height = bodyEmbedHeight(provider)
  const frameClass = `w-full rounded-md border-0 ${provider === 'youtube' ? 'aspect-video' : ''}`
  if (!isStaticRender()) {
    return <BodyEmbedPlayer provider={provider} title={title} src={src} page={page} frameClass={frameClass} height={height} />
  }
  const button = (
    <button type="button" className={embedButtonClass}>
      ▶ {embedLoadLabel(provider)}
      <span className="sr-only">: {title}</span>
    </button>
  )
  return (
    <div data-island="player" data-src={src} data-title={title} data-frame={frameClass} data-height={height}>
      <BodyEmbedCard provider={provider} title={title} page={page} button={button} />
    </div>
  )
}
