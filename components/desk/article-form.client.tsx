'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useRef, useState, useTransition } from 'react'
import type { ArticleSnapshot, ArticleStatus, CommentMode, TakedownReason } from '@/db/schema'
import { can, deskRefusal, type Actor, type DeskAction } from '@/lib/permissions'
import { createPreviewLink, deskHeartbeat, saveArticle, takedownArticle, unscheduleArticle } from '@/lib/server/actions/desk'
import { slugify } from '@/lib/slug'
import { BodyEditor, type DeskDatasetOption, type DeskMediaOption } from './body-editor.client'
import { commentModeLabels, StatusBadge, takedownReasonLabels } from './labels'

export type DeskFormArticle = {
  id: number | null
  version: number
  status: ArticleStatus
  createdBy: number | null
  snapshot: ArticleSnapshot
  /** The tags by name, as the form edits them. */
  tagNames: string[]
  /** When it is scheduled, as a WIB `datetime-local` value. */
  scheduledAt: string | null
  publishedLabel: string | null
  updatedLabel: string | null
  updatedByName: string | null
  path: string | null
  takedownLabel: string | null
}

export type DeskFormOptions = {
  categories: { id: number; name: string; slug: string }[]
  authors: { id: number; name: string }[]
  tags: string[]
  media: DeskMediaOption[]
  datasets: DeskDatasetOption[]
  relatedTitles: Record<number, string>
}

type Intent = 'save' | 'autosave' | 'submit' | 'publish' | 'schedule'
type SaveData = { id: number; version: number; savedAt: string; status: ArticleStatus; slug: string; path: string; conflict?: true }
type Answer = { ok: boolean; message?: string; formError?: string; fieldErrors?: Record<string, string[]>; data?: unknown }

const AUTOSAVE_MS = 3000
const HEARTBEAT_MS = 15_000

const wibTime = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** "19:30" in WIB. */
function clock(iso: string): string {
  const parts = wibTime.formatToParts(new Date(iso))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('hour')}:${part('minute')}`
}

const messageOf = (answer: Answer) => answer.message ?? answer.formError ?? ''

const input = 'mt-1 block w-full rounded-md border border-line px-3 font-normal focus:border-ink'
const button = 'h-10 rounded-full px-4 text-sm font-semibold disabled:opacity-60 sm:h-11 sm:px-5 sm:text-base'
const primary = `${button} bg-brand text-white hover:bg-brand-dark`
const secondary = `${button} border border-ink bg-paper text-ink hover:bg-wash`

/**
 * The desk's editor: every field of an article in one form, saved by its buttons and, a few
 * seconds after typing stops or when the tab is hidden, by autosave. The server decides who may
 * do what (the buttons only follow `deskRefusal`); a stale save is refused, and then autosave
 * stops so nobody's work is overwritten.
 */
export function ArticleForm({
  article,
  options,
  actor,
  initialOthers,
}: {
  article: DeskFormArticle
  options: DeskFormOptions
  actor: Actor & { id: number }
  initialOthers: { name: string; since: string }[]
}) {
  const router = useRouter()
  const formRef = useRef<HTMLFormElement>(null)
  const idRef = useRef<number | null>(article.id)
  const versionRef = useRef(article.version)
  const dirtyRef = useRef(false)
  const savingRef = useRef<Promise<void> | null>(null)
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null)
  const conflictRef = useRef(false)
  const uid = useId()

  const [savedId, setSavedId] = useState<number | null>(article.id)
  const [status, setStatus] = useState<ArticleStatus>(article.status)
  const [createdBy, setCreatedBy] = useState<number | null>(article.createdBy)
  const [version, setVersion] = useState(article.version)
  const [path, setPath] = useState<string | null>(article.path)
  const [title, setTitle] = useState(article.snapshot.title)
  const [slug, setSlug] = useState(article.snapshot.slug)
  const [slugByHand, setSlugByHand] = useState(article.snapshot.slug !== '' && article.snapshot.slug !== slugify(article.snapshot.title))
  // Once an article has an address readers know, it keeps it when the title changes; the slug
  // changes only by hand (and the old address then redirects).
  const addressKnown = article.publishedLabel !== null || status === 'published' || status === 'scheduled' || status === 'taken_down'
  const slugFollowsTitle = !slugByHand && !addressKnown
  const [categoryId, setCategoryId] = useState(article.snapshot.categoryId)
  const [heroId, setHeroId] = useState<number | null>(article.snapshot.heroMediaId)
  const [heroCaption, setHeroCaption] = useState(article.snapshot.heroCaption)
  const [heroCredit, setHeroCredit] = useState(article.snapshot.heroCredit)
  const [saved, setSaved] = useState<string | null>(null)
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null)
  const [autosaveNote, setAutosaveNote] = useState<string>('')
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({})
  const [conflict, setConflict] = useState<string | null>(null)
  const [others, setOthers] = useState(initialOthers)
  const [previewUrl, setPreviewUrl] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const [pending, startTransition] = useTransition()

  const allowed = (action: DeskAction) => deskRefusal(actor, savedId === null ? null : { status, createdBy }, action) === null
  const canEdit = allowed('save')
  const editor = can(actor, 'publish:content:any')
  const autosaves = canEdit && (status === 'draft' || status === 'review')
  const category = options.categories.find((c) => c.id === categoryId)
  const readerPath = category && slug ? `/news/${category.slug}/${slug}` : null

  const save = useCallback(
    async (intent: Intent, submitter?: HTMLElement | null): Promise<boolean> => {
      const form = formRef.current
      if (!form) return false
      if (timerRef.current) clearTimeout(timerRef.current)
      if (intent === 'autosave' && conflictRef.current) return false
      // One save at a time: the next waits for the version the previous one produced.
      while (savingRef.current) await savingRef.current
      const data = new FormData(form, submitter ?? undefined)
      data.set('intent', intent)
      data.set('id', idRef.current === null ? '' : String(idRef.current))
      data.set('version', String(versionRef.current))
      dirtyRef.current = false
      let ok = false
      const run = (async () => {
        try {
          const answer = (await saveArticle(null, data)) as Answer
          const result = answer.data as Partial<SaveData> | undefined
          if (answer.ok && result?.id) {
            const isNew = idRef.current === null
            idRef.current = result.id
            versionRef.current = result.version ?? versionRef.current
            setVersion(versionRef.current)
            if (result.status) setStatus(result.status)
            if (result.path) setPath(result.path)
            if (isNew) {
              setCreatedBy(actor.id)
              setSavedId(result.id)
              // The address becomes the article's own without a navigation: focus and caret stay.
              window.history.replaceState(window.history.state, '', `/staff/desk/${result.id}`)
            }
            setFieldErrors({})
            setSaved(result.savedAt ?? new Date().toISOString())
            setAutosaveNote('')
            if (intent !== 'autosave') setNote({ ok: true, text: messageOf(answer) || 'Tersimpan.' })
            ok = true
          } else {
            dirtyRef.current = true
            setFieldErrors(answer.fieldErrors ?? {})
            const text = messageOf(answer) || 'Artikel tidak bisa disimpan.'
            if (result?.conflict) {
              conflictRef.current = true
              setConflict(text)
            } else if (intent === 'autosave') {
              setAutosaveNote(`Belum tersimpan: ${text}`)
            } else {
              setNote({ ok: false, text })
            }
          }
        } catch {
          dirtyRef.current = true
          const text = 'Koneksi terputus; perubahan belum tersimpan.'
          if (intent === 'autosave') setAutosaveNote(text)
          else setNote({ ok: false, text })
        }
      })()
      savingRef.current = run
      await run
      savingRef.current = null
      return ok
    },
    [actor.id],
  )

  const changed = useCallback(() => {
    dirtyRef.current = true
    setAutosaveNote('')
    if (timerRef.current) clearTimeout(timerRef.current)
    if (!autosaves || conflictRef.current) return
    timerRef.current = setTimeout(() => {
      const title = formRef.current?.querySelector<HTMLInputElement>('[name="title"]')?.value.trim()
      if (!title) {
        setAutosaveNote('Tulis judul dulu agar artikel bisa disimpan otomatis.')
        return
      }
      void save('autosave')
    }, AUTOSAVE_MS)
  }, [autosaves, save])

  // Leaving the tab (or closing it) saves what was typed.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden' && dirtyRef.current && autosaves && !conflictRef.current) void save('autosave')
    }
    document.addEventListener('visibilitychange', onHide)
    return () => document.removeEventListener('visibilitychange', onHide)
  }, [autosaves, save])

  useEffect(() => () => void (timerRef.current && clearTimeout(timerRef.current)), [])

  // Unsaved changes that autosave will not keep (a published article waits for Perbarui) are not lost silently.
  useEffect(() => {
    const onLeave = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current && (!autosaves || conflictRef.current)) event.preventDefault()
    }
    window.addEventListener('beforeunload', onLeave)
    return () => window.removeEventListener('beforeunload', onLeave)
  }, [autosaves])

  // Presence: a heartbeat while the page is visible; the answer names who else has it open.
  const articleId = savedId
  useEffect(() => {
    if (articleId === null) return
    const beat = () => {
      if (document.visibilityState !== 'visible') return
      deskHeartbeat(articleId)
        .then((answer) => setOthers(answer.others))
        .catch(() => {})
    }
    beat()
    const timer = setInterval(beat, HEARTBEAT_MS)
    document.addEventListener('visibilitychange', beat)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', beat)
    }
  }, [articleId])

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const intent = (submitter?.getAttribute('value') ?? 'save') as Intent
    startTransition(async () => {
      await save(intent, submitter)
    })
  }

  function other(action: (state: null, data: FormData) => Promise<unknown>, fields: Record<string, string>, form?: HTMLFormElement) {
    if (idRef.current === null) return
    const data = form ? new FormData(form) : new FormData()
    data.set('id', String(idRef.current))
    for (const [key, value] of Object.entries(fields)) data.set(key, value)
    startTransition(async () => {
      try {
        const answer = (await action(null, data)) as Answer
        const text = messageOf(answer)
        if (answer.ok) {
          // The state changed on the server: load the page again, with the message.
          router.replace(`/staff/desk/${idRef.current}?pesan=${encodeURIComponent(text || 'Tersimpan.')}`)
        } else setNote({ ok: false, text: text || 'Tidak berhasil.' })
      } catch {
        setNote({ ok: false, text: 'Koneksi terputus; coba lagi.' })
      }
    })
  }

  function preview() {
    startTransition(async () => {
      if (idRef.current === null || dirtyRef.current) {
        if (!(await save(autosaves ? 'autosave' : 'save'))) return
      }
      const data = new FormData()
      data.set('id', String(idRef.current))
      try {
        const answer = (await createPreviewLink(null, data)) as Answer
        const url = (answer.data as { url?: string } | undefined)?.url
        if (answer.ok && url) {
          setPreviewUrl(new URL(url, window.location.origin).toString())
          setCopied(false)
        } else setNote({ ok: false, text: messageOf(answer) || 'Tautan pratinjau tidak bisa dibuat.' })
      } catch {
        setNote({ ok: false, text: 'Koneksi terputus; coba lagi.' })
      }
    })
  }

  const errorOf = (name: string) => fieldErrors[name]?.join(' ')
  const described = (name: string, hint?: string) =>
    [hint, errorOf(name) ? `${uid}-${name}-error` : null].filter(Boolean).join(' ') || undefined
  const fieldError = (name: string) =>
    errorOf(name) ? (
      <span id={`${uid}-${name}-error`} className="mt-1 block text-sm font-normal text-brand-dark">
        {errorOf(name)}
      </span>
    ) : null

  const selectedAuthors = new Set(article.snapshot.authorIds)
  const authorList = [
    ...article.snapshot.authorIds.flatMap((id) => options.authors.filter((a) => a.id === id)),
    ...options.authors.filter((a) => !selectedAuthors.has(a.id)),
  ]
  const hero = options.media.find((m) => m.id === heroId) ?? null
  const locked = !canEdit

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md bg-wash px-4 py-3 text-sm">
        <StatusBadge status={status} />
        {savedId !== null && <span>Versi {version}</span>}
        {article.updatedLabel && (
          <span className="text-muted">
            Terakhir disimpan {article.updatedLabel}
            {article.updatedByName && <> oleh {article.updatedByName}</>}
          </span>
        )}
        {article.publishedLabel && <span className="text-muted">Terbit {article.publishedLabel}</span>}
        <span className="ml-auto flex flex-wrap gap-3">
          {savedId !== null && (
            <a href={`/staff/desk/${savedId}/revisi`} className="font-semibold underline">
              Revisi
            </a>
          )}
          {status === 'published' && path && (
            <a href={path} className="font-semibold text-brand underline">
              Lihat di situs
            </a>
          )}
        </span>
      </div>

      {others.length > 0 && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm font-semibold text-amber-900">
          Juga dibuka oleh: {others.map((o) => o.name).join(', ')}
        </p>
      )}
      {conflict && (
        <div role="alert" className="rounded-md border-2 border-brand bg-brand-soft px-4 py-3 text-brand-dark">
          <p className="font-bold">Simpanan Anda ditolak karena artikel sudah diubah orang lain.</p>
          <p className="mt-1">{conflict}</p>
          <p className="mt-1 text-sm">
            Isian Anda tersimpan sebagai revisi yang tidak diterapkan. Penyimpanan otomatis dihentikan;{' '}
            <a href={`/staff/desk/${savedId}/revisi`} className="font-semibold underline">
              bandingkan revisi
            </a>{' '}
            atau muat ulang halaman untuk melanjutkan dari versi terbaru.
          </p>
        </div>
      )}
      {article.takedownLabel && (
        <p role="status" className="rounded-md bg-brand-soft px-4 py-3 text-brand-dark">
          {article.takedownLabel}
        </p>
      )}
      {locked && status !== 'taken_down' && (
        <p role="status" className="rounded-md bg-wash px-4 py-3">
          {deskRefusal(actor, { status, createdBy }, 'save')}
        </p>
      )}
      {note && (
        <p
          role={note.ok ? 'status' : 'alert'}
          className={`rounded-md px-4 py-3 ${note.ok ? 'bg-green-50 text-green-900' : 'bg-brand-soft text-brand-dark'}`}
        >
          {note.text}
        </p>
      )}

      <form
        ref={formRef}
        onSubmit={onSubmit}
        onInput={changed}
        onChange={changed}
        onKeyDown={(event) => {
          // Enter in a one-line field would press the first button (on a published article, Perbarui).
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault()
        }}
        className="grid gap-5"
        noValidate
      >
        <fieldset disabled={locked} className="grid min-w-0 gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="grid min-w-0 content-start gap-5">
            <div className="block text-sm font-semibold">
              <label htmlFor={`${uid}-title`}>Judul</label>
              <input
                id={`${uid}-title`}
                name="title"
                required
                maxLength={200}
                value={title}
                onChange={(event) => {
                  setTitle(event.target.value)
                  if (slugFollowsTitle) setSlug(slugify(event.target.value))
                }}
                aria-invalid={errorOf('title') ? true : undefined}
                aria-describedby={described('title')}
                className={`${input} h-12 font-serif text-xl font-bold`}
              />
              {fieldError('title')}
            </div>
            <div className="block text-sm font-semibold">
              <label htmlFor={`${uid}-slug`}>Slug</label>
              <input
                id={`${uid}-slug`}
                name="slug"
                required
                maxLength={160}
                value={slug}
                onChange={(event) => {
                  setSlug(event.target.value)
                  setSlugByHand(true)
                }}
                aria-invalid={errorOf('slug') ? true : undefined}
                aria-describedby={described('slug', `${uid}-slug-hint`)}
                className={`${input} h-10 font-mono text-sm`}
              />
              <span id={`${uid}-slug-hint`} className="mt-1 block text-xs font-normal break-all text-muted">
                {slugFollowsTitle
                  ? 'Mengikuti judul sampai diubah sendiri.'
                  : addressKnown
                    ? 'Tetap setelah terbit; mengubahnya mengalihkan alamat lama.'
                    : 'Diisi sendiri.'}{' '}
                Alamat pembaca: {readerPath ? <span className="font-mono">{readerPath}</span> : 'pilih kategori dan isi slug'}
              </span>
              {fieldError('slug')}
            </div>
            <div className="block text-sm font-semibold">
              <label htmlFor={`${uid}-summary`}>Dek (ringkasan)</label>
              <textarea
                id={`${uid}-summary`}
                name="summary"
                rows={3}
                maxLength={400}
                defaultValue={article.snapshot.summary}
                aria-describedby={described('summary')}
                className={`${input} py-2`}
              />
              {fieldError('summary')}
            </div>
            <div>
              <p id={`${uid}-body`} className="text-sm font-semibold">
                Isi berita
              </p>
              <div className="mt-1">
                <BodyEditor
                  name="body"
                  initial={article.snapshot.body}
                  media={options.media}
                  datasets={options.datasets}
                  relatedTitles={options.relatedTitles}
                  labelId={`${uid}-body`}
                  onChange={changed}
                />
              </div>
              {errorOf('body') && <p className="mt-1 text-sm text-brand-dark">{errorOf('body')}</p>}
            </div>
          </div>

          <div className="grid min-w-0 content-start gap-5">
            <div className="block text-sm font-semibold">
              <label htmlFor={`${uid}-categoryId`}>Kategori</label>
              <select
                id={`${uid}-categoryId`}
                name="categoryId"
                required
                value={categoryId || ''}
                onChange={(event) => setCategoryId(Number(event.target.value))}
                aria-describedby={described('categoryId')}
                className={`${input} h-10`}
              >
                <option value="">Pilih kategori</option>
                {options.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              {fieldError('categoryId')}
            </div>
            <div className="block text-sm font-semibold">
              <label htmlFor={`${uid}-tags`}>Tag</label>
              <input
                id={`${uid}-tags`}
                name="tags"
                list={`${uid}-tag-list`}
                defaultValue={article.tagNames.join(', ')}
                aria-describedby={described('tags', `${uid}-tags-hint`)}
                className={`${input} h-10`}
              />
              <span id={`${uid}-tags-hint`} className="mt-1 block text-xs font-normal text-muted">
                Pisahkan dengan koma. Tag baru dibuat otomatis.
              </span>
              <datalist id={`${uid}-tag-list`}>
                {options.tags.map((tag) => (
                  <option key={tag} value={tag} />
                ))}
              </datalist>
              {fieldError('tags')}
            </div>
            <fieldset aria-describedby={described('authorIds', `${uid}-authors-hint`)}>
              <legend className="text-sm font-semibold">Penulis</legend>
              <span id={`${uid}-authors-hint`} className="block text-xs text-muted">
                Byline mengikuti urutan daftar ini.
              </span>
              <div className="mt-1 max-h-48 overflow-y-auto rounded-md border border-line p-2">
                {authorList.map((author) => (
                  <label key={author.id} className="flex items-center gap-2 py-1 text-sm">
                    <input
                      type="checkbox"
                      name="authorIds"
                      value={author.id}
                      defaultChecked={selectedAuthors.has(author.id)}
                      className="h-4 w-4 accent-brand"
                    />
                    {author.name}
                  </label>
                ))}
              </div>
              {fieldError('authorIds')}
            </fieldset>
            <div className="block text-sm font-semibold">
              <label htmlFor={`${uid}-sourceTag`}>Sumber (mis. ANTARA)</label>
              <input
                id={`${uid}-sourceTag`}
                name="sourceTag"
                maxLength={60}
                defaultValue={article.snapshot.sourceTag ?? ''}
                className={`${input} h-10`}
              />
              {fieldError('sourceTag')}
            </div>
            <div className="block text-sm font-semibold">
              <label htmlFor={`${uid}-commentMode`}>Komentar</label>
              <select id={`${uid}-commentMode`} name="commentMode" defaultValue={article.snapshot.commentMode} className={`${input} h-10`}>
                {(Object.keys(commentModeLabels) as CommentMode[]).map((mode) => (
                  <option key={mode} value={mode}>
                    {commentModeLabels[mode]}
                  </option>
                ))}
              </select>
            </div>

            <fieldset className="min-w-0">
              <legend className="text-sm font-semibold">Gambar utama</legend>
              {hero && (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={hero.thumb} alt={hero.alt} className="mt-1 aspect-video w-full rounded-md bg-wash object-cover" />
              )}
              <div className="mt-2 grid max-h-64 grid-cols-3 gap-2 overflow-y-auto rounded-md border border-line p-2">
                <label className="flex aspect-square cursor-pointer items-center justify-center rounded-md border border-line p-1 text-center text-xs has-[:checked]:border-2 has-[:checked]:border-brand has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand">
                  <input
                    type="radio"
                    name="heroMediaId"
                    value=""
                    checked={heroId === null}
                    onChange={() => setHeroId(null)}
                    className="sr-only"
                  />
                  Tanpa gambar
                </label>
                {options.media.map((item) => (
                  <label
                    key={item.id}
                    className="block cursor-pointer overflow-hidden rounded-md border border-line has-[:checked]:border-2 has-[:checked]:border-brand has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand"
                  >
                    <input
                      type="radio"
                      name="heroMediaId"
                      value={item.id}
                      checked={heroId === item.id}
                      onChange={() => {
                        setHeroId(item.id)
                        if (!heroCaption) setHeroCaption(item.caption ?? '')
                        if (!heroCredit) setHeroCredit(item.credit ?? '')
                      }}
                      className="sr-only"
                    />
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img src={item.thumb} alt={item.alt} loading="lazy" className="aspect-square w-full object-cover" />
                  </label>
                ))}
              </div>
              {options.media.length === 0 && (
                <p className="mt-1 text-xs text-muted">
                  Pustaka gambar masih kosong; unggah di{' '}
                  <a href="/staff/media" className="underline">
                    Gambar
                  </a>
                  .
                </p>
              )}
              {fieldError('heroMediaId')}
              <div className="mt-2 block text-sm font-semibold">
                <label htmlFor={`${uid}-heroCaption`}>Keterangan gambar</label>
                <input
                  id={`${uid}-heroCaption`}
                  name="heroCaption"
                  maxLength={500}
                  value={heroCaption}
                  onChange={(e) => setHeroCaption(e.target.value)}
                  className={`${input} h-10`}
                />
              </div>
              <div className="mt-2 block text-sm font-semibold">
                <label htmlFor={`${uid}-heroCredit`}>Kredit gambar</label>
                <input
                  id={`${uid}-heroCredit`}
                  name="heroCredit"
                  maxLength={120}
                  value={heroCredit}
                  onChange={(e) => setHeroCredit(e.target.value)}
                  className={`${input} h-10`}
                />
              </div>
            </fieldset>

            {allowedOrNew('schedule') && status !== 'published' && (
              <div className="block text-sm font-semibold">
                <label htmlFor={`${uid}-publishAt`}>Waktu terbit (WIB)</label>
                <input
                  type="datetime-local"
                  id={`${uid}-publishAt`}
                  name="publishAt"
                  defaultValue={article.scheduledAt ?? ''}
                  aria-describedby={described('publishAt', `${uid}-publish-hint`)}
                  className={`${input} h-10`}
                />
                <span id={`${uid}-publish-hint`} className="mt-1 block text-xs font-normal text-muted">
                  Untuk Jadwalkan. Kosongkan untuk terbit sekarang.
                </span>
                {fieldError('publishAt')}
              </div>
            )}
          </div>
        </fieldset>

        {!locked && (
          <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-t border-line bg-paper/95 px-4 py-3 backdrop-blur">
            {(status === 'draft' || status === 'review') && (
              <button type="submit" name="intent" value="save" disabled={pending} className={secondary}>
                Simpan draf
              </button>
            )}
            {!editor && status === 'draft' && (
              <button type="submit" name="intent" value="submit" disabled={pending} className={primary}>
                Ajukan untuk ditinjau
              </button>
            )}
            {allowedOrNew('publish') && (
              <button type="submit" name="intent" value="publish" disabled={pending} className={primary}>
                {status === 'published' ? 'Perbarui' : 'Terbitkan'}
              </button>
            )}
            {allowedOrNew('schedule') && status !== 'published' && (
              <button type="submit" name="intent" value="schedule" disabled={pending} className={secondary}>
                Jadwalkan
              </button>
            )}
            {allowed('unschedule') && (
              <button type="button" disabled={pending} onClick={() => other(unscheduleArticle, {})} className={secondary}>
                Batalkan jadwal
              </button>
            )}
            <button type="button" disabled={pending} onClick={preview} className={secondary}>
              Pratinjau
            </button>
            <p aria-live="polite" className="ml-auto text-sm text-muted">
              {pending ? 'Menyimpan…' : autosaveNote || (saved ? `Tersimpan ${clock(saved)}` : '')}
            </p>
          </div>
        )}
      </form>

      {previewUrl && (
        <div className="rounded-md border border-line p-4">
          <label className="block text-sm font-semibold">
            Tautan pratinjau (tanpa akun, berlaku sementara)
            <input readOnly value={previewUrl} onFocus={(e) => e.target.select()} className={`${input} h-10 font-mono text-sm`} />
          </label>
          <div className="mt-2 flex flex-wrap gap-3 text-sm">
            <button
              type="button"
              className="font-semibold underline"
              onClick={() => {
                void navigator.clipboard
                  ?.writeText(previewUrl)
                  .then(() => setCopied(true))
                  .catch(() => {})
              }}
            >
              Salin tautan
            </button>
            <a href={previewUrl} target="_blank" rel="noreferrer" className="font-semibold underline">
              Buka pratinjau
            </a>
            <span aria-live="polite">{copied ? 'Tersalin.' : ''}</span>
          </div>
        </div>
      )}

      {allowed('takedown') && (
        <details className="rounded-md border border-brand p-4">
          <summary className="cursor-pointer font-semibold text-brand-dark">Turunkan artikel…</summary>
          <form
            className="mt-3 grid max-w-xl gap-3"
            onSubmit={(event) => {
              event.preventDefault()
              if (!window.confirm('Turunkan artikel ini? Pembaca akan melihat bahwa artikel sudah diturunkan.')) return
              other(takedownArticle, {}, event.currentTarget)
            }}
          >
            <p className="text-sm">
              Artikel yang diturunkan tidak lagi tampil; alamatnya menjawab bahwa artikel sudah diturunkan, dengan alasannya. Tindakan ini
              tercatat dan tidak bisa dibatalkan dari sini.
            </p>
            <div className="block text-sm font-semibold">
              <label htmlFor={`${uid}-reason`}>Alasan</label>
              <select id={`${uid}-reason`} name="reason" required defaultValue="" className={`${input} h-10`}>
                <option value="" disabled>
                  Pilih alasan
                </option>
                {(Object.keys(takedownReasonLabels) as TakedownReason[]).map((reason) => (
                  <option key={reason} value={reason}>
                    {takedownReasonLabels[reason]}
                  </option>
                ))}
              </select>
            </div>
            <div className="block text-sm font-semibold">
              <label htmlFor={`${uid}-note`}>Catatan</label>
              <textarea id={`${uid}-note`} name="note" rows={3} maxLength={1000} className={`${input} py-2`} />
            </div>
            <div>
              <button type="submit" disabled={pending} className={`${button} bg-brand-dark text-white hover:bg-ink`}>
                Turunkan
              </button>
            </div>
          </form>
        </details>
      )}
    </div>
  )

  /** Editor actions on an article not saved yet are offered too: the first save creates it. */
  function allowedOrNew(action: DeskAction) {
    return savedId === null ? editor : allowed(action)
  }
}
