import type { AdSlot as Slot } from '@/db/queries/ads'
import { t } from '@/lib/strings'

/**
 * An advertising slot whose box is reserved at its full size before anything loads, so the page
 * never shifts. Without a booked campaign it shows the house placeholder.
 */
export function AdSlot({ slot, className = '' }: { slot: Slot | undefined; className?: string }) {
  if (!slot || !slot.active) return null
  const booked = slot.imageUrl && slot.linkUrl
  return (
    <aside aria-label={t.adLabel} className={`mx-auto w-full ${className}`} style={{ maxWidth: slot.width }}>
      <p className="mb-1 text-center text-[11px] tracking-widest text-muted uppercase">{t.adLabel}</p>
      <div
        className="flex w-full items-center justify-center overflow-hidden rounded border border-dashed border-line bg-wash text-sm text-muted"
        style={{ aspectRatio: `${slot.width} / ${slot.height}` }}
      >
        {booked ? (
          <a href={slot.linkUrl ?? undefined} rel="sponsored noopener" className="block h-full w-full">
            {/* Booked creatives are first-party files; their size is the slot's. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={slot.imageUrl ?? ''} alt={slot.name} width={slot.width} height={slot.height} className="h-full w-full object-cover" />
          </a>
        ) : (
          <span>{t.adPlaceholder}</span>
        )}
      </div>
    </aside>
  )
}
