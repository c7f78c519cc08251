'use client'

import { useActionState, useEffect, useRef } from 'react'
import type { ActionState } from '@/lib/server/action'

/**
 * A small form for one comment action. It posts without JavaScript too; with it, the result is
 * announced in place and `onDone` runs after a success.
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
  const bodyError = state && !state.ok ? state.fieldErrors.body?.[0] : undefined
  return (
    <form ref={form} action={formAction} className={className}>
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
