'use client'

import { useActionState } from 'react'
import type { ActionState } from '@/lib/server/action'

export type Field = {
  name: string
  label: string
  type?: 'text' | 'email' | 'password' | 'checkbox' | 'hidden'
  autoComplete?: string
  required?: boolean
  hint?: string
  defaultValue?: string
  maxLength?: number
}

/**
 * A form posting to a server action. Without JavaScript the browser posts it and the page comes
 * back with the messages; with JavaScript it updates in place. Every field error is shown by its
 * field, and the form-level message is announced.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  pendingLabel = 'Memproses…',
  danger = false,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>
  fields: Field[]
  submitLabel: string
  pendingLabel?: string
  danger?: boolean
}) {
  const [state, formAction, pending] = useActionState(action, null)
  const errors = state && !state.ok ? state.fieldErrors : {}
  const typed = state && !state.ok ? (state.values ?? {}) : {}
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state && (
        <p
          role={state.ok ? 'status' : 'alert'}
          className={`rounded-md px-3 py-2 text-sm ${state.ok ? 'bg-green-50 text-green-900' : 'bg-brand-soft text-brand-dark'}`}
        >
          {state.ok ? state.message : state.formError}
        </p>
      )}
      {fields.map((field) => {
        const id = `f-${field.name}`
        const error = errors[field.name]?.join(' ')
        const describedBy = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
        if (field.type === 'hidden') return <input key={field.name} type="hidden" name={field.name} value={field.defaultValue ?? ''} />
        if (field.type === 'checkbox') {
          return (
            <div key={field.name} className="flex items-start gap-2">
              <input id={id} type="checkbox" name={field.name} className="mt-1 h-4 w-4 accent-brand" aria-describedby={describedBy} />
              <label htmlFor={id} className="text-sm">
                {field.label}
              </label>
            </div>
          )
        }
        return (
          <div key={field.name}>
            <label htmlFor={id} className="block text-sm font-semibold">
              {field.label}
            </label>
            <input
              id={id}
              name={field.name}
              type={field.type ?? 'text'}
              autoComplete={field.autoComplete}
              required={field.required}
              maxLength={field.maxLength}
              defaultValue={field.type === 'password' ? undefined : (typed[field.name] ?? field.defaultValue)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className={`mt-1 block h-11 w-full rounded-md border px-3 text-base ${error ? 'border-brand' : 'border-line'} focus:border-ink`}
            />
            {field.hint && (
              <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
                {field.hint}
              </p>
            )}
            {error && (
              <p id={`${id}-error`} className="mt-1 text-sm text-brand-dark">
                {error}
              </p>
            )}
          </div>
        )
      })}
      <button
        type="submit"
        disabled={pending}
        className={`h-11 rounded-full px-6 font-semibold text-white disabled:opacity-60 ${danger ? 'bg-brand-dark hover:bg-ink' : 'bg-brand hover:bg-brand-dark'}`}
      >
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  )
}
