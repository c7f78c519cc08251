import { embedFrameClass, embedHeight, embedSource, type EmbedProvider } from '@/lib/embeds'
import { isStaticRender } from '@/lib/server/static-render'
import { EmbedPlayer as PlayerIsland } from './embed-player.client'
import { coverClass, coverStyle, PlayerCover } from './player-cover'

type Props = { provider: EmbedProvider; mediaId: string; title: string; image: string }

/** A click-to-load player: the client component, or on a static page the same button for its island. */
export function EmbedPlayer(props: Props) {
  if (!isStaticRender()) return <PlayerIsland {...props} />
  const { provider, mediaId, title, image } = props
  return (
    <div
      data-island="player"
      data-src={embedSource(provider, mediaId)}
      data-title={title}
      data-frame={embedFrameClass(provider)}
      data-height={embedHeight(provider)}
    >
      <button type="button" className={coverClass} style={coverStyle(provider)}>
        <PlayerCover provider={provider} title={title} image={image} />
      </button>
    </div>
  )
}
