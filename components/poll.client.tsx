'use client'

import { useActionState, useEffect, useState } from 'react'
import { votePoll, type PollOutcome } from '@/lib/server/actions/polls'

type PollView = { id: number; question: string; closed: boolean; options: { id: number; label: string }[] }

const votedFlag = (id: number) => `fakta-poll-${id}`
const numbers = new Intl.NumberFormat('id-ID')

/**
 * A poll: a plain form that posts without JavaScript too. After a vote (or on return, once this
 * browser has voted) it shows the results with the reader's choice, kept up to date.
 */
export function Poll({ poll }: { poll: PollView }) {
  const [state, formAction, pending] = useActionState(votePoll, null)
  const [earlier, setEarlier] = useState<PollOutcome | null>(null)

  useEffect(() => {
    let voted = false
    try {
      voted = localStorage.getItem(votedFlag(poll.id)) === '1'
    } catch {}
    if (!voted) return
    const controller = new AbortController()
    fetch(`/api/polls/${poll.id}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((outcome: PollOutcome | null) => {
        if (outcome?.choice && outcome.results) setEarlier(outcome)
      })
      .catch(() => {})
    return () => controller.abort()
  }, [poll.id])

  useEffect(() => {
    if (!state?.data?.choice) return
    try {
      localStorage.setItem(votedFlag(poll.id), '1')
    } catch {}
  }, [state, poll.id])

  const [live, setLive] = useState<PollOutcome | null>(null)
  const shown = state?.data ?? earlier
  const voted = Boolean(shown?.choice)

  // Once the results are on screen they stay live: refreshed every 20 seconds while the tab is visible.
  useEffect(() => {
    if (!voted) return
    const refresh = () => {
      if (document.visibilityState !== 'visible') return
      fetch(`/api/polls/${poll.id}`)
        .then((response) => (response.ok ? response.json() : null))
        .then((outcome: PollOutcome | null) => {
          if (outcome?.choice && outcome.results) setLive(outcome)
        })
        .catch(() => {})
    }
    const timer = setInterval(refresh, 20_000)
    return () => clearInterval(timer)
  }, [voted, poll.id])

  const outcome = live && shown && live.results.total >= shown.results.total ? live : shown
  const headingId = `jajak-${poll.id}`
  return (
    <section aria-labelledby={headingId} className="my-8 rounded-lg border-2 border-ink p-5 font-sans">
      <p className="text-xs font-bold tracking-wide text-brand uppercase">Jajak pendapat</p>
      <h2 id={headingId} className="mt-1 font-serif text-2xl leading-snug font-bold">
        {poll.question}
      </h2>
      {state && (
        <p role={state.ok ? 'status' : 'alert'} className={`mt-3 text-sm font-semibold ${state.ok ? 'text-green-800' : 'text-brand-dark'}`}>
          {state.ok ? state.message : state.formError}
        </p>
      )}
      {outcome?.results ? (
        <Results poll={poll} outcome={outcome} />
      ) : poll.closed ? (
        <p className="mt-4 text-muted">Jajak pendapat ini sudah ditutup.</p>
      ) : (
        <form action={formAction} className="mt-4">
          <input type="hidden" name="pollId" value={poll.id} />
          <fieldset>
            <legend className="sr-only">{poll.question}</legend>
            <div className="space-y-2">
              {poll.options.map((option) => (
                <label
                  key={option.id}
                  className="flex cursor-pointer items-center gap-3 rounded-md border border-line px-4 py-3 hover:border-ink has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
                >
                  <input type="radio" name="optionId" value={option.id} required className="h-4 w-4 accent-brand" />
                  <span>{option.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <button
            type="submit"
            disabled={pending}
            className="mt-4 rounded-full bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
          >
            {pending ? 'Mengirim…' : 'Kirim suara'}
          </button>
          <p className="mt-3 text-xs text-muted">
            Satu suara untuk setiap akun. Pembaca yang belum masuk memberi satu suara per peramban, yang dikenali dengan cookie. Hasil
            tampil setelah Anda memilih. Jajak pendapat ini tidak ilmiah dan hanya mencerminkan pembaca yang ikut memilih.
          </p>
        </form>
      )}
    </section>
  )
}

function Results({ poll, outcome }: { poll: PollView; outcome: PollOutcome }) {
  const { total, counts } = outcome.results
  return (
    <div className="mt-4">
      <ul aria-label="Hasil jajak pendapat" className="space-y-3">
        {poll.options.map((option) => {
          const votes = counts[option.id] ?? 0
          const percent = total === 0 ? 0 : Math.round((votes / total) * 100)
          const mine = outcome.choice === option.id
          return (
            <li key={option.id}>
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className={mine ? 'font-bold' : ''}>
                  {option.label}
                  {mine && <span className="ml-2 rounded bg-brand px-1.5 py-0.5 text-xs font-semibold text-white">Pilihan Anda</span>}
                </span>
                <span className="font-bold tabular-nums">{percent}%</span>
              </div>
              <div className="mt-1 h-2.5 overflow-hidden rounded-full bg-wash" aria-hidden="true">
                <div className={`h-full rounded-full ${mine ? 'bg-brand' : 'bg-ink/60'}`} style={{ width: `${percent}%` }} />
              </div>
              <span className="sr-only">{numbers.format(votes)} suara</span>
            </li>
          )
        })}
      </ul>
      <p className="mt-3 text-sm text-muted">Total {numbers.format(total)} suara.</p>
    </div>
  )
}
