/** The FAKTA wordmark, drawn in text so it stays sharp and costs no request. */
export function Logo({ inverted = false }: { inverted?: boolean }) {
  return (
    <span className="flex items-baseline font-serif text-[28px] leading-none font-black tracking-tight" aria-hidden="true">
      <span className={inverted ? 'text-white' : 'text-brand'}>FAKTA</span>
      <span className={`ml-0.5 font-sans text-xs font-bold ${inverted ? 'text-white/80' : 'text-ink'}`}>.COM</span>
    </span>
  )
}
