'use client'

import { useRef, useState } from 'react'

type TimelineEvent = { date: string; heading: string; text: string }

const yearOf = (date: string) => date.match(/\d{4}/)?.[0] ?? date

/**
 * A timeline to step through: a row of dates (arrow keys move along it) and the chosen event.
 * The full list is also on the page for readers without JavaScript.
 */
export function Timeline({ title, events }: { title: string; events: TimelineEvent[] }) {
  const [current, setCurrent] = useState(0)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const event = events[current]
  if (!event) return null
  const go = (index: number, focus = false) => {
    const next = Math.max(0, Math.min(events.length - 1, index))
    setCurrent(next)
    if (focus) buttons.current[next]?.focus()
  }
  return (
    <section
      aria-labelledby="linimasa-judul"
      // Marks the controls as live once the island has hydrated.
      ref={(element) => element?.setAttribute('data-live', '')}
      className="my-8 rounded-lg border-2 border-ink p-5 font-sans"
    >
      <p className="text-xs font-bold tracking-wide text-brand uppercase">Linimasa interaktif</p>
      <h2 id="linimasa-judul" className="mt-1 font-serif text-2xl font-bold">
        {title}
      </h2>
      <div
        role="group"
        aria-label="Pilih peristiwa"
        className="scrollbar-none relative mt-5 flex gap-1 overflow-x-auto pb-2"
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight') go(current + 1, true)
          else if (e.key === 'ArrowLeft') go(current - 1, true)
          else if (e.key === 'Home') go(0, true)
          else if (e.key === 'End') go(events.length - 1, true)
          else return
          e.preventDefault()
        }}
      >
        {events.map((item, index) => (
          <button
            key={index}
            ref={(el) => {
              buttons.current[index] = el
            }}
            type="button"
            aria-pressed={index === current}
            aria-label={`${item.date}: ${item.heading}`}
            tabIndex={index === current ? 0 : -1}
            onClick={() => setCurrent(index)}
            className={`min-h-11 shrink-0 rounded-full border px-3 text-sm font-semibold tabular-nums ${
              index === current ? 'border-brand bg-brand text-white' : 'border-line hover:border-ink'
            }`}
          >
            {yearOf(item.date)}
          </button>
        ))}
      </div>
      <div aria-live="polite" className="mt-4 min-h-40 rounded-md bg-wash p-4">
        <p className="text-sm font-bold text-brand">
          {event.date} · {current + 1} dari {events.length}
        </p>
        <h3 className="mt-1 text-xl font-extrabold">{event.heading}</h3>
        <p className="mt-2 font-serif text-lg leading-relaxed">{event.text}</p>
      </div>
      <div className="mt-4 flex justify-between">
        <button
          type="button"
          onClick={() => go(current - 1)}
          disabled={current === 0}
          className="min-h-11 rounded-full border border-line px-4 font-semibold hover:border-ink disabled:opacity-40"
        >
          ← Sebelumnya
        </button>
        <button
          type="button"
          onClick={() => go(current + 1)}
          disabled={current === events.length - 1}
          className="min-h-11 rounded-full border border-line px-4 font-semibold hover:border-ink disabled:opacity-40"
        >
          Berikutnya →
        </button>
      </div>
    </section>
  )
}
