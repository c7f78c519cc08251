'use client'

import { useActionState, useEffect, useRef } from 'react'
import type { ActionState } from '@/lib/action'

/**
 * A small form for one comment action. It posts without JavaScript too; with it, the result is
 * announced in place and `onDone` runs after a success.
 */
export function MiniForm({
  action,
  children,
  submitLabel,
  className = '',
  buttonClassName = 'rounded-full bg-brand px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark',
  onDone,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>
  children?: React.ReactNode
  submitLabel: React.ReactNode
  className?: string
  buttonClassName?: string
  onDone?: () => void
}) {
  const [state, formAction, pending] = useActionState(action, null)
  const done = useRef<ActionState>(null)
  useEffect(() => {
    if (state?.ok && done.current !== state) {
      done.current = state
      onDone?.()
    }
  }, [state, onDone])
  const bodyError = state && !state.ok ? state.fieldErrors.body?.[0] : undefined
  return (
    <form action={formAction} className={className}>
      {children}
      {state && (!bodyError || state.ok) && (
        <p role={state.ok ? 'status' : 'alert'} className={`my-1 text-sm ${state.ok ? 'text-green-800' : 'text-brand-dark'}`}>
          {state.ok ? state.message : state.formError}
        </p>
      )}
      {bodyError && (
        <p role="alert" className="my-1 text-sm text-brand-dark">
          {bodyError}
        </p>
      )}
      <button type="submit" disabled={pending} className={`${buttonClassName} disabled:opacity-60`}>
        {submitLabel}
      </button>
    </form>
  )
}
