'use client'

import { useCallback, useEffect, useState } from 'react'

import { SIGNED_IN_HINT } from '@/lib/auth/hint-cookie'
import { announcePosted, postedComment } from '@/lib/comments/live-events'
import type { DiscussionViewer } from '@/lib/server/comments/viewer-state'

export type { DiscussionViewer, OwnComment } from '@/lib/server/comments/viewer-state'

// The viewer as the islands see it. One who-am-I request a page serves the header's account menu
// and the comment islands alike (the article's fields are asked for when the page has a
// discussion); the comment islands ask again after each of their own actions.

/** What /api/me says to the header: the fields every answer has. */
export type Me = { signedIn: true; name: string; staff: boolean; restriction: string | null }

type Answer = (Me & Partial<DiscussionViewer>) | { signedIn: false }

export const hasSignedInHint = () => document.cookie.split('; ').some((c) => c.startsWith(`${SIGNED_IN_HINT}=`))

/** A fresh token that makes a resent form idempotent. */
export const newToken = () => crypto.randomUUID().replaceAll('-', '')

// The article whose discussion this page shows, noted by the comment islands when they mount;
// the header asks after every island of the page has mounted, so its question includes it.
let pageArticle: number | undefined
// The question asked last, shared by every island that asks the same before it is answered anew.
let asked: { url: string; answer: Promise<Answer | null> } | null = null

function ask(url: string, fresh: boolean): Promise<Answer | null> {
  if (!fresh && asked?.url === url) return asked.answer
  const answer = fetch(url, { cache: 'no-store' })
    .then((response) => response.json() as Promise<Answer>)
    .catch(() => null)
  asked = { url, answer }
  return answer
}

const meUrl = (articleId?: number) => (articleId === undefined ? '/api/me' : `/api/me?article=${articleId}`)

/** Who the header shows, asked afresh after each navigation; null when the question failed. */
export async function askWhoAmI(): Promise<Me | { signedIn: false } | null> {
  asked = null
  await Promise.resolve()
  return ask(meUrl(pageArticle), false)
}

type Listener = () => void
const state: { articleId?: number; value: DiscussionViewer | null; loaded: boolean; listeners: Set<Listener> } = {
  value: null,
  loaded: false,
  listeners: new Set(),
}

export async function refreshViewer(articleId: number, fresh = true): Promise<void> {
  state.articleId = articleId
  if (!hasSignedInHint()) {
    state.value = null
  } else {
    const data = await ask(meUrl(articleId), fresh)
    state.value = data?.signedIn && data.own ? (data as DiscussionViewer) : null
  }
  state.loaded = true
  state.listeners.forEach((listener) => listener())
}

/** The viewer for this article: `initial` when the page was rendered for them, else fetched. */
export function useDiscussionViewer(articleId: number, initial?: DiscussionViewer | null) {
  const [, rerender] = useState(0)
  useEffect(() => {
    if (initial === undefined) pageArticle = articleId
    const listener = () => rerender((n) => n + 1)
    state.listeners.add(listener)
    if (initial === undefined && (state.articleId !== articleId || !state.loaded)) {
      state.articleId = articleId
      // The header's question of this page, if it asked already.
      void refreshViewer(articleId, false)
    }
    return () => {
      state.listeners.delete(listener)
      if (pageArticle === articleId) pageArticle = undefined
    }
  }, [articleId, initial])
  if (initial !== undefined && !state.loaded) return { viewer: initial, loaded: true }
  return { viewer: state.value, loaded: state.loaded || initial !== undefined }
}

/**
 * What a comment or reply form does after the action answered: the page is not rendered again,
 * so an approved comment goes to the live island (shown at once), the form gets a new token and
 * the viewer's own comments are asked for again.
 */
export function useAfterPost(articleId: number, setToken: (token: string) => void) {
  return useCallback(
    (answer?: { data?: unknown }) => {
      const comment = postedComment(answer?.data)
      if (comment) announcePosted({ articleId, comment })
      setToken(newToken())
      void refreshViewer(articleId)
    },
    [articleId, setToken],
  )
}
