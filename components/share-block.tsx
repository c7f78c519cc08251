import { t } from '@/lib/strings'
import { isStaticRender } from '@/lib/server/static-render'
import { ShareActions } from './share-actions.client'

const button = 'inline-flex h-10 items-center gap-2 rounded-full border border-line px-4 text-sm font-semibold hover:border-ink'

/** Share links are plain URLs to each network's share page: no third-party script is loaded. */
export function ShareBlock({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  const networks = [
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`, color: 'bg-[#1a7f47]' },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, color: 'bg-[#0c5dc7]' },
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}`, color: 'bg-black' },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}`, color: 'bg-[#1d6fa5]' },
  ]
  return (
    <section aria-labelledby="bagikan" className="my-8 border-y border-line py-4">
      <h2 id="bagikan" className="mb-3 text-sm font-bold">
        {t.share}:
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        {networks.map((network) => (
          <a
            key={network.name}
            href={network.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className={`inline-flex h-10 items-center rounded-full px-4 text-sm font-semibold text-white hover:opacity-90 ${network.color}`}
          >
            {network.name}
            <span className="sr-only"> (membuka jendela baru)</span>
          </a>
        ))}
        {isStaticRender() ? (
          <span data-island="share" data-url={url} data-title={title} data-copied={t.linkCopied} className="contents">
            <button type="button" data-copy="" className={button}>
              {t.copyLink}
            </button>
            <button type="button" data-native="" hidden className={button}>
              {t.nativeShare}
            </button>
            <span role="status" className="sr-only" />
          </span>
        ) : (
          <ShareActions url={url} title={title} labels={{ copy: t.copyLink, copied: t.linkCopied, native: t.nativeShare }} />
        )}
      </div>
    </section>
  )
}
