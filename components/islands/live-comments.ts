// New comments while the reader is on the page, on the static article and the App Router pages
// alike. Plain DOM: the island owns the element it is mounted on and everything it creates in it,
// and never changes what the server or React rendered beside it (the heading's text aside, which
// React renders as one string and would simply write again).
import { isLiveComment, COMMENT_POSTED, type CommentPosted } from '@/lib/comments/live-events'
import { LIVE_POLL_MS, liveCommentsPath, type LiveComment, type LiveComments } from '@/lib/comments/live'
import type { Segment } from '@/lib/comments/body'
import { discussionPath } from '@/lib/comments/window'
import { formatWib } from '@/lib/format'
import { t } from '@/lib/strings'

/** The first look, soon after load: an ISR page may be minutes older than its discussion. */
const FIRST_POLL_MS = 1_500
/** Failed polls in a row before the island stops asking; each one doubles the wait. */
const MAX_FAILURES = 5

export function isLiveComments(value: unknown): value is LiveComments {
  if (typeof value !== 'object' || value === null) return false
  const { count, comments } = value as Record<string, unknown>
  return typeof count === 'number' && Array.isArray(comments)
}

/**
 * The comments to offer as new, newest first: written after the page was rendered (`since`, in
 * ms) and not on it already. A comment approved by a moderator after the render but written
 * before it is not offered: the next render of the page has it.
 */
export function freshComments(comments: unknown[], since: number, onPage: (id: number) => boolean): LiveComment[] {
  return comments
    .filter(isLiveComment)
    .filter((comment) => Date.parse(comment.createdAt) > since && !onPage(comment.id))
    .sort((a, b) => b.id - a.id)
}

/** The wait before the next poll: the interval, doubled for each failure in a row. */
export const pollDelay = (failures: number) => LIVE_POLL_MS * 2 ** failures

// The comment text renderer (linkify-it) is a few kilobytes that most readers never need, so it
// is loaded when there is something to show; if it cannot be, the text is shown without links.
type Segmenter = (body: string) => Segment[]
let segmenter: Promise<Segmenter> | undefined
const plain: Segmenter = (body) => [{ type: 'text', text: body }]
function loadSegmenter(): Promise<Segmenter> {
  segmenter ??= import('@/lib/comments/body').then(
    (module) => module.segments,
    () => plain,
  )
  return segmenter
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** One comment as CommentItem renders it (components/comment-section.tsx), built from text only. */
export function renderComment(comment: LiveComment, articlePath: string, segments: Segmenter, own = false): HTMLLIElement {
  // Always a bottom border: the server's list follows this one.
  const item = element('li', 'border-b border-line py-5')
  item.id = `komentar-${comment.id}`
  item.tabIndex = -1
  const article = element('article')
  article.setAttribute('aria-label', `Komentar dari ${comment.authorName}`)

  const header = element('header', 'flex flex-wrap items-center gap-2 text-sm')
  const avatar = element(
    'span',
    'flex h-8 w-8 items-center justify-center rounded-full bg-wash font-bold text-muted uppercase',
    comment.authorName.slice(0, 1),
  )
  avatar.setAttribute('aria-hidden', 'true')
  header.append(avatar, element('span', 'font-semibold', comment.authorName))
  if (comment.authorIsStaff) header.append(element('span', 'rounded bg-ink px-1.5 py-0.5 text-[11px] font-bold text-white', t.staffBadge))
  if (comment.featured) {
    header.append(element('span', 'rounded bg-brand-soft px-1.5 py-0.5 text-[11px] font-bold text-brand-dark', t.featured))
  }
  const time = element('time', 'text-xs text-muted', formatWib(new Date(comment.createdAt)))
  time.dateTime = comment.createdAt
  header.append(time)
  if (comment.edited) header.append(element('span', 'text-xs text-muted', `(${t.edited})`))
  article.append(header)

  // Shown apart from its thread, a reply says whom it answers.
  if (comment.parentId !== null) {
    const replying = element('p', 'mt-1 text-sm text-muted', `${t.replyingTo} `)
    const parent = `komentar-${comment.parentId}`
    const link = element('a', 'font-semibold text-ink underline hover:text-brand', comment.parentAuthor ?? 'komentar')
    link.href = document.getElementById(parent) ? `#${parent}` : `${discussionPath(articlePath)}#${parent}`
    replying.append(link)
    article.append(replying)
  }

  const body = element('p', 'mt-2 text-[15px] leading-relaxed break-words whitespace-pre-line')
  for (const part of segments(comment.body)) {
    if (part.type === 'text') {
      body.append(part.text)
    } else {
      const link = element('a', 'text-brand underline', part.text)
      link.href = part.href
      link.rel = 'nofollow ugc noopener'
      link.target = '_blank'
      body.append(link)
    }
  }
  article.append(body)

  const footer = element('div', 'mt-2 flex items-center gap-1 text-sm text-muted')
  const likes = element('span', 'mr-1', `♥ ${comment.likeCount}`)
  likes.setAttribute('aria-label', t.likes(comment.likeCount))
  footer.append(likes)
  // Replying, liking, reporting and editing one's own are the discussion page's, rendered per
  // request, where this comment has its controls (on that page itself, a fresh render of it).
  const discussion = discussionPath(articlePath)
  const there = `${discussion}${location.pathname === discussion ? '?urut=newest' : ''}#komentar-${comment.id}`
  for (const label of own ? [t.reply, t.edit] : [t.reply]) {
    // Like the comment controls' buttons beside the server's comments (comment-controls.client.tsx).
    const link = element('a', 'rounded-full px-2 py-1 font-semibold text-muted hover:bg-wash hover:text-ink', label)
    link.href = there
    footer.append(link)
  }
  article.append(footer)
  item.append(article)
  return item
}

/**
 * Mounts the live comments on their container (data-article, data-since in ms, data-path,
 * data-count): polls while the page is visible, offers what is new behind a button, and shows the
 * reader's own comment at once. Returns the way to stop; it never throws.
 */
export function mountLiveComments(root: HTMLElement): () => void {
  const articleId = Number(root.dataset.article)
  const since = Number(root.dataset.since)
  const articlePath = root.dataset.path ?? ''
  if (!Number.isInteger(articleId) || articleId <= 0 || !Number.isFinite(since) || !articlePath.startsWith('/')) return () => {}
  const section = root.parentElement ?? document.body
  const heading = document.getElementById('komentar-heading')
  let count = Number(root.dataset.count) || 0

  // A live region of its own, not a status: the comment form's answer is the section's status.
  const status = element('p', 'sr-only')
  status.setAttribute('aria-live', 'polite')
  const button = element(
    'button',
    'mt-4 flex w-full items-center justify-center gap-2 rounded-md border border-brand/30 bg-brand-soft px-4 py-2.5 text-sm font-bold text-brand-dark hover:border-brand hover:bg-brand-soft/60',
  )
  button.type = 'button'
  button.hidden = true
  const list = element('ol')
  root.replaceChildren(status, button, list)

  const pending = new Map<number, LiveComment>()
  const onPage = (id: number) => document.getElementById(`komentar-${id}`) !== null
  const controller = new AbortController()
  let latest: LiveComments | null = null
  let etag: string | null = null
  let failures = 0
  let lastPoll = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let polling = false
  let stopped = false

  const showCount = () => {
    if (heading && heading.textContent !== t.comments(count)) heading.textContent = t.comments(count)
  }

  const showPending = () => {
    const n = pending.size
    button.hidden = n === 0
    // The server's "no comments yet" line goes once there are some (comment-section.tsx).
    root.toggleAttribute('data-news', n > 0 || list.childElementCount > 0)
    const label = n > 0 ? t.newComments(n) : ''
    if (button.textContent !== label) {
      button.textContent = label
      // Said once for each new number, politely; the reader's focus stays where it is.
      status.textContent = label
    }
  }

  /** Newest first within the island's list, whatever order they arrive in. */
  const idOf = (item: Element) => Number(item.id.slice('komentar-'.length))
  const insert = (item: HTMLLIElement) => {
    const after = [...list.children].find((child) => idOf(child) < idOf(item))
    list.insertBefore(item, after ?? null)
  }

  const offer = () => {
    if (!latest) return
    for (const id of pending.keys()) if (onPage(id)) pending.delete(id)
    const fresh = freshComments(latest.comments, since, onPage)
    for (const comment of fresh) pending.set(comment.id, comment)
    if (pending.size > 0) {
      count = Math.max(count, latest.count)
      showCount()
      void loadSegmenter()
    }
    showPending()
  }

  const reveal = async () => {
    const comments = [...pending.values()].sort((a, b) => b.id - a.id)
    pending.clear()
    status.textContent = ''
    const segments = await loadSegmenter()
    const items = comments.filter((comment) => !onPage(comment.id)).map((comment) => renderComment(comment, articlePath, segments))
    items.forEach(insert)
    showPending()
    // Keyboard and screen reader users land on what they asked to see.
    items[0]?.focus()
  }
  button.addEventListener('click', () => void reveal().catch(() => {}))

  const schedule = (delay: number) => {
    clearTimeout(timer)
    timer = undefined
    if (!stopped && failures < MAX_FAILURES && document.visibilityState === 'visible') timer = setTimeout(poll, Math.max(0, delay))
  }

  async function poll() {
    if (stopped || polling || document.visibilityState !== 'visible') return
    polling = true
    lastPoll = Date.now()
    try {
      // The route is cached and shared; the ETag makes an unchanged answer a 304 without a body.
      const response = await fetch(liveCommentsPath(articleId), {
        cache: 'no-store',
        headers: etag ? { 'If-None-Match': etag } : {},
        signal: controller.signal,
      })
      if (response.status !== 304) {
        if (!response.ok) throw new Error(`live comments: ${response.status}`)
        const data: unknown = await response.json()
        if (!isLiveComments(data)) throw new Error('live comments: unexpected answer')
        etag = response.headers.get('ETag')
        latest = data
        offer()
      }
      failures = 0
    } catch {
      if (stopped) return
      failures++
    } finally {
      polling = false
    }
    schedule(pollDelay(failures))
  }

  const onVisibility = () => {
    if (document.visibilityState !== 'visible') {
      clearTimeout(timer)
      timer = undefined
      return
    }
    // Back on the page: at once if the last look is older than the interval, else when it is due.
    schedule(lastPoll === 0 ? 0 : pollDelay(failures) - (Date.now() - lastPoll))
  }

  const onPosted = (event: Event) => {
    const detail = (event as CustomEvent<CommentPosted>).detail
    if (!detail || detail.articleId !== articleId || !isLiveComment(detail.comment) || onPage(detail.comment.id)) return
    const comment = detail.comment
    pending.delete(comment.id)
    count++
    showCount()
    showPending()
    void loadSegmenter().then((segments) => {
      if (!stopped && !onPage(comment.id)) insert(renderComment(comment, articlePath, segments, true))
      showPending()
    })
  }

  // A fresh render of the server's list (the App Router pages, after another action) may now hold
  // what the island shows: the server's copy stays, with its controls.
  const observer = new MutationObserver((records) => {
    // Its own changes (the list, the heading) are not news to it.
    if (records.every((record) => root.contains(record.target) || record.target === heading)) return
    for (const item of [...list.children]) {
      if (document.querySelectorAll(`[id="${item.id}"]`).length > 1) item.remove()
    }
    offer()
  })
  observer.observe(section, { childList: true, subtree: true })

  document.addEventListener('visibilitychange', onVisibility)
  document.addEventListener(COMMENT_POSTED, onPosted)
  schedule(FIRST_POLL_MS)

  return () => {
    stopped = true
    clearTimeout(timer)
    controller.abort()
    observer.disconnect()
    document.removeEventListener('visibilitychange', onVisibility)
    document.removeEventListener(COMMENT_POSTED, onPosted)
    root.replaceChildren()
  }
}
