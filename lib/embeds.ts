// Third-party players (Program episodes): where each provider's player lives and how tall it is.
// Nothing is asked of the provider until the reader presses play.

export type EmbedProvider = 'youtube' | 'spotify'

const sources: Record<EmbedProvider, (id: string) => string> = {
  youtube: (id) => `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1`,
  spotify: (id) => `https://open.spotify.com/embed/episode/${encodeURIComponent(id)}`,
}

/** The player's address for a media id. */
export const embedSource = (provider: EmbedProvider, mediaId: string) => sources[provider](mediaId)

/** A fixed height in pixels (Spotify's player), or undefined for a 16:9 video. */
export const embedHeight = (provider: EmbedProvider) => (provider === 'spotify' ? 232 : undefined)

export const embedFrameClass = (provider: EmbedProvider) => `w-full rounded-md border-0 ${provider === 'youtube' ? 'aspect-video' : ''}`
