'use client'

import { useId, useState } from 'react'

type Tab = { key: string; label: string; panel: React.ReactNode }

/** Switches between pre-rendered lists (Popular 24 hours / 7 days); without JavaScript the first shows. */
export function Tabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  const [active, setActive] = useState(0)
  const id = useId()
  return (
    <div>
      <div role="tablist" aria-label={label} className="flex gap-1 rounded-full bg-wash p-1 text-sm">
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${id}-tab-${index}`}
            aria-selected={index === active}
            aria-controls={`${id}-panel-${index}`}
            tabIndex={index === active ? 0 : -1}
            onClick={() => setActive(index)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
              const next = (index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length
              setActive(next)
              document.getElementById(`${id}-tab-${next}`)?.focus()
            }}
            className={`flex-1 rounded-full px-3 py-1.5 font-semibold ${
              index === active ? 'bg-paper text-ink shadow-sm' : 'text-muted hover:text-ink'
            }`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div key={tab.key} role="tabpanel" id={`${id}-panel-${index}`} aria-labelledby={`${id}-tab-${index}`} hidden={index !== active}>
          {tab.panel}
        </div>
      ))}
    </div>
  )
}
