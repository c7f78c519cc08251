// What the reading side needs to show a body safely: which links may be links, and where each
// embed's player and page live. Pure; the desk's validation (lib/desk/blocks.ts) uses the same rules.
import type { EmbedProvider } from '@/db/schema'
import { embedSource } from './embeds'

/**
 * Whether `href` may be a link in a body: an http(s) address or a path on this site. Anything
 * else (`javascript:`, `data:`, `//host`, a backslash, hidden whitespace) is not.
 */
export function isSafeHref(href: string): boolean {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2000) return false
  // Browsers drop tabs and newlines inside a URL and trim spaces: none may be there to hide a scheme.
  if (/[\s\u0000-\u001f\u007f-\u009f\\]/.test(href)) return false
  if (href.startsWith('/')) return !href.startsWith('//')
  if (!/^https?:\/\//i.test(href)) return false
  try {
    const url = new URL(href)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** A Spotify id of a body (`kind/id`, or a bare episode id as the Program episodes store it). */
const spotifyPath = (id: string) => (id.includes('/') ? id : `episode/${id}`)

/** The player's address of an embed block, loaded only when the reader asks for it. */
export function bodyEmbedSource(provider: EmbedProvider, id: string): string {
  if (provider === 'youtube') return embedSource('youtube', id)
  if (provider === 'spotify') return `https://open.spotify.com/embed/${spotifyPath(id).split('/').map(encodeURIComponent).join('/')}`
  return `https://platform.twitter.com/embed/Tweet.html?id=${encodeURIComponent(id)}&dnt=true&lang=id`
}

/** A fixed height in pixels, or undefined for a 16:9 video. */
export const bodyEmbedHeight = (provider: EmbedProvider) => (provider === 'spotify' ? 232 : provider === 'x' ? 560 : undefined)

/** The provider's own page of an embed: a plain link that loads nothing on our page. */
export function embedPageUrl(provider: EmbedProvider, id: string): string {
  if (provider === 'youtube') return `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`
  if (provider === 'spotify') return `https://open.spotify.com/${spotifyPath(id)}`
  return `https://x.com/i/status/${encodeURIComponent(id)}`
}
