'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useEffect } from 'react'
import type { ActionState } from '@/lib/server/action'
import { restoreRevision } from '@/lib/server/actions/desk'

/** "Pulihkan revisi ini": the revision becomes the article's newest version, then back to the editor. */
export function RestoreButton({
  articleId,
  revisionId,
  version,
  label,
}: {
  articleId: number
  revisionId: number
  version: number
  label: string
}) {
  const router = useRouter()
  const [state, action, pending] = useActionState(restoreRevision as (state: ActionState, data: FormData) => Promise<ActionState>, null)
  useEffect(() => {
    if (state?.ok) router.push(`/staff/desk/${articleId}?pesan=${encodeURIComponent(state.message ?? 'Revisi dipulihkan.')}`)
  }, [state, articleId, router])
  const error = state && !state.ok ? (state.formError ?? (state as { message?: string }).message ?? 'Revisi tidak bisa dipulihkan.') : null
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        disabled={pending}
        className="h-10 rounded-full bg-brand px-5 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? 'Memulihkan…' : label}
      </button>
      {error && (
        <p role="alert" className="text-sm text-brand-dark">
          {error}
        </p>
      )}
    </form>
  )
}
