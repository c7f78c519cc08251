'use client'

import { useEffect, useState } from 'react'

// The viewer as the comment islands see it: asked once per page (when the browser has signed in)
// and asked again after each of their own actions.

export type OwnComment = {
  id: number
  parentId: number | null
  body: string
  status: 'pending' | 'approved' | 'rejected' | 'deleted'
  reason: string | null
  createdAt: string
  editable: boolean
}

export type DiscussionViewer = {
  signedIn: true
  name: string
  staff: boolean
  canComment: boolean
  restriction: string | null
  own: OwnComment[]
  liked: number[]
  reported: number[]
}

type Listener = () => void
const state: { articleId?: number; value: DiscussionViewer | null; loaded: boolean; listeners: Set<Listener> } = {
  value: null,
  loaded: false,
  listeners: new Set(),
}

const HINT = 'fakta_signed_in'

export async function refreshViewer(articleId: number): Promise<void> {
  state.articleId = articleId
  if (!document.cookie.split('; ').some((c) => c.startsWith(`${HINT}=`))) {
    state.value = null
  } else {
    try {
      const response = await fetch(`/api/me?article=${articleId}`, { cache: 'no-store' })
      const data = (await response.json()) as DiscussionViewer | { signedIn: false }
      state.value = data.signedIn ? data : null
    } catch {
      state.value = null
    }
  }
  state.loaded = true
  state.listeners.forEach((listener) => listener())
}

/** The viewer for this article: `initial` when the page was rendered for them, else fetched. */
export function useDiscussionViewer(articleId: number, initial?: DiscussionViewer | null) {
  const [, rerender] = useState(0)
  useEffect(() => {
    const listener = () => rerender((n) => n + 1)
    state.listeners.add(listener)
    if (initial === undefined && (state.articleId !== articleId || !state.loaded)) {
      state.articleId = articleId
      void refreshViewer(articleId)
    }
    return () => {
      state.listeners.delete(listener)
    }
  }, [articleId, initial])
  if (initial !== undefined && !state.loaded) return { viewer: initial, loaded: true }
  return { viewer: state.value, loaded: state.loaded || initial !== undefined }
}
