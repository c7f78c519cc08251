'use client'

import { t } from '@/lib/strings'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">{t.errorTitle}</h1>
      <p className="mt-3 text-muted">{t.errorBody}</p>
      <button type="button" onClick={reset} className="mt-8 rounded-full bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark">
        {t.tryAgain}
      </button>
    </main>
  )
}
