import type { ReactNode } from 'react'
import type { EmbedProvider } from '@/db/schema'

const kinds: Record<EmbedProvider, { label: string; load: string; open: string }> = {
  youtube: { label: 'Video YouTube', load: 'Putar video', open: 'Tonton di YouTube' },
  spotify: { label: 'Siniar Spotify', load: 'Putar siniar', open: 'Dengarkan di Spotify' },
  x: { label: 'Unggahan X', load: 'Tampilkan unggahan', open: 'Buka di X' },
}

const names: Record<EmbedProvider, string> = { youtube: 'YouTube', spotify: 'Spotify', x: 'X' }

/**
 * What an embed in a story shows before the reader asks for it: its title, a button that loads
 * the provider's player, and a plain link to the post. Nothing is requested from the provider.
 */
export function BodyEmbedCard({
  provider,
  title,
  page,
  button,
}: {
  provider: EmbedProvider
  title: string
  page: string
  button: ReactNode
}) {
  const kind = kinds[provider]
  return (
    <div className="rounded-md border border-line bg-wash p-4 font-sans">
      <span className="block text-xs font-bold tracking-wide text-muted uppercase">{kind.label}</span>
      <span className="mt-1 block text-base leading-snug font-semibold">{title}</span>
      <span className="mt-1 block text-xs text-muted">Konten {names[provider]} baru dimuat setelah Anda menekan tombol.</span>
      <span className="mt-3 flex flex-wrap items-center gap-4 text-sm">
        {button}
        <a href={page} rel="noopener noreferrer" target="_blank" className="font-semibold text-brand underline-offset-2 hover:underline">
          {kind.open}
        </a>
      </span>
    </div>
  )
}

export const embedButtonClass =
  'rounded-full bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand'

export const embedLoadLabel = (provider: EmbedProvider) => kinds[provider].load
