'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import { retryAfterSeconds } from '@/lib/comments/live-events'
import type { ActionState } from '@/lib/server/action'
import { t } from '@/lib/strings'

// When each answer was first rendered, which is when it arrived: a countdown starts from there
// and not from whichever render asks (the form must keep the server action itself as its action,
// so it still posts without JavaScript, and cannot note the time as the answer comes in).
const received = new WeakMap<object, number>()
function arrivalOf(state: object): number {
  if (!received.has(state)) received.set(state, Date.now())
  return received.get(state)!
}

/** Seconds left of a wait of `seconds` that began at `from` (ms), counted down once a second. */
function useCountdown(seconds: number | null, from: number): number {
  const [now, setNow] = useState(from)
  useEffect(() => {
    if (seconds === null) return
    const end = from + seconds * 1000
    const timer = setInterval(() => {
      setNow(Date.now())
      if (Date.now() >= end) clearInterval(timer)
    }, 1000)
    return () => clearInterval(timer)
  }, [seconds, from])
  return seconds === null ? 0 : Math.min(seconds, Math.max(0, Math.ceil((from + seconds * 1000 - now) / 1000)))
}

/**
 * What a posting limit says, without the wait it rounded ("Batas 20 komentar per jam tercapai.
 * Coba lagi dalam 5 menit."): the countdown beside it tells the wait to the second.
 */
function limitReason(message: string | undefined): string {
  const first = (message ?? '').split('. ')[0]?.trim() ?? ''
  return !first || first.endsWith('.') ? first : `${first}.`
}

/**
 * A small form for one comment action. It posts without JavaScript too; with it, the result is
 * announced in place and `onDone` runs after a success with the action's answer. A refusal
 * that says how long to wait (a posting limit) counts down until the form may be sent again.
 */
export function MiniForm<Data = never>({
  action,
  children,
  submitLabel,
  className = '',
  buttonClassName = 'rounded-full bg-brand px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark',
  onDone,
}: {
  action: (state: ActionState<Data>, formData: FormData) => Promise<ActionState<Data>>
  children?: React.ReactNode
  submitLabel: React.ReactNode
  className?: string
  buttonClassName?: string
  /** Runs after a success, with the action's answer. */
  onDone?: (state: Exclude<ActionState<Data>, null>) => void
}) {
  const [state, formAction, pending] = useActionState<ActionState<Data>, FormData>(action, null)
  const done = useRef<ActionState<Data>>(null)
  const form = useRef<HTMLFormElement>(null)
  const wait = state && !state.ok ? retryAfterSeconds(state.data) : null
  const left = useCountdown(wait, state ? arrivalOf(state) : 0)
  useEffect(() => {
    if (!state || done.current === state) return
    done.current = state
    if (state.ok) {
      onDone?.(state)
      return
    }
    // React clears a form after its action; a refused comment goes back where it was typed.
    for (const [name, value] of Object.entries(state.values ?? {})) {
      const field = form.current?.elements.namedItem(name)
      if (field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && field.type === 'text')) field.value = value
    }
  }, [state, onDone])
  const limited = state !== null && !state.ok && wait !== null
  const waiting = limited && left > 0
  const bodyError = state && !state.ok && !limited ? state.fieldErrors.body?.[0] : undefined
  return (
    <form ref={form} action={formAction} className={className}>
      {children}
      {limited
        ? // A posting limit, until it has passed: the live region below speaks, the count changes silently.
          waiting && (
            <p className="my-1 text-sm text-brand-dark">
              {limitReason(state.formError)} <span className="font-semibold tabular-nums">{t.retryIn(left)}</span>
            </p>
          )
        : state &&
          (!bodyError || state.ok) && (
            <p role={state.ok ? 'status' : 'alert'} className={`my-1 text-sm ${state.ok ? 'text-green-800' : 'text-brand-dark'}`}>
              {state.ok ? state.message : state.formError}
            </p>
          )}
      {bodyError && (
        <p role="alert" className="my-1 text-sm text-brand-dark">
          {bodyError}
        </p>
      )}
      <p aria-live="polite" className="sr-only">
        {/* Said once: its text does not change while the count below does. */}
        {waiting ? `${limitReason(state.formError)} ${t.retryIn(wait)}.`.trim() : ''}
      </p>
      <button type="submit" disabled={pending || waiting} className={`${buttonClassName} disabled:opacity-60`}>
        {submitLabel}
      </button>
    </form>
  )
}
