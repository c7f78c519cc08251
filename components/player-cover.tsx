import type { EmbedProvider } from '@/lib/embeds'

/** What a player shows before it is loaded: the show's picture and the play label (no request to the provider). */
export function PlayerCover({ provider, title, image }: { provider: EmbedProvider; title: string; image: string }) {
  return (
    <>
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
    </>
  )
}

export const coverClass = 'group relative block w-full overflow-hidden rounded-md bg-ink text-left'
export const coverStyle = (provider: EmbedProvider) => ({
  aspectRatio: provider === 'youtube' ? '16 / 9' : undefined,
  height: provider === 'spotify' ? 232 : undefined,
})
