'use server'

import { z } from 'zod'
import {
  existingIds,
  getDeskArticle,
  listPresence,
  restoreDeskRevision,
  saveDeskArticle,
  takeDownArticle,
  touchPresence,
  unscheduleArticle as unscheduleQuery,
  type DeskInput,
  type Guard,
  type SaveResult,
  type Transition,
} from '@/db/queries/desk'
import { commentModes, takedownReasons, type ArticleStatus } from '@/db/schema'
import { DESK_BODY_MAX_CHARS, parseDeskBody } from '@/lib/desk/blocks'
import { idField } from '@/lib/fields'
import { formatWib, toIsoWib } from '@/lib/format'
import { can, canViewDeskArticle, deskRefusal, type DeskAction } from '@/lib/permissions'
import { createAction, fail, type ActionResult } from '@/lib/server/action'
import { getViewer } from '@/lib/server/auth/viewer'
import { previewToken } from '@/lib/server/preview'
import { contentChanged } from '@/lib/server/revalidate'
import { isValidSlug, slugify } from '@/lib/slug'
import { cleanName, cleanText } from '@/lib/text'

export type SavedData = { id: number; version: number; savedAt: string; status: ArticleStatus; slug: string; path: string }
export type SaveData = SavedData | { conflict: true }

/** An empty field is no value: optional ids come from selects with an empty first option. */
const blankAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

const text = (max: number, message: string) =>
  z
    .string()
    .max(max * 2, message)
    .transform((value) => cleanText(value).replace(/\r\n?/g, '\n').trim())
    .refine((value) => value.length <= max, message)

const intents = ['save', 'autosave', 'submit', 'publish', 'schedule'] as const
type Intent = (typeof intents)[number]

/** "YYYY-MM-DDTHH:mm" on the newsroom's clock (WIB, UTC+7 all year), as a date; null when not one. */
function parseWib(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value)
  if (!match) return null
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number]
  const date = new Date(Date.UTC(y, mo - 1, d, h - 7, mi))
  // Rejects 2026-02-30 and 25:00, which Date would roll over.
  return toIsoWib(date).slice(0, 16) === value ? date : null
}

const saveSchema = z.object({
  id: z.preprocess(blankAsUndefined, idField('Artikel tidak valid.').optional()),
  version: z.preprocess(
    blankAsUndefined,
    z.coerce
      .number('Versi tidak valid.')
      .int('Versi tidak valid.')
      .min(0)
      .max(2 ** 31)
      .optional(),
  ),
  intent: z.enum(intents, 'Pilih tindakan: simpan, ajukan, terbitkan atau jadwalkan.'),
  title: z
    .string('Tuliskan judul.')
    .max(400, 'Judul maksimal 200 karakter.')
    .transform(cleanName)
    .refine((value) => value.length > 0, 'Tuliskan judul.')
    .refine((value) => value.length <= 200, 'Judul maksimal 200 karakter.'),
  slug: z
    .string()
    .max(160, 'Slug maksimal 160 karakter.')
    .default('')
    .transform((value) => value.trim().toLowerCase())
    .refine((value) => value === '' || isValidSlug(value), 'Slug hanya huruf kecil, angka dan tanda hubung (contoh: harga-beras-naik).'),
  summary: text(400, 'Ringkasan maksimal 400 karakter.').default(''),
  categoryId: idField('Pilih rubrik.'),
  tags: z
    .string()
    .max(1000, 'Tag terlalu panjang.')
    .default('')
    .transform((value) => {
      const seen = new Set<string>()
      return value
        .split(',')
        .map(cleanName)
        .filter((name) => {
          const key = slugify(name)
          if (!name || !key || seen.has(key)) return false
          seen.add(key)
          return true
        })
    })
    .refine((names) => names.length <= 10, 'Maksimal 10 tag.')
    .refine((names) => names.every((name) => name.length <= 40), 'Setiap tag maksimal 40 karakter.'),
  authorIds: z
    .array(idField('Pilih penulis dari daftar.'), 'Pilih penulis dari daftar.')
    .max(5, 'Maksimal 5 penulis.')
    .default([])
    .transform((ids) => [...new Set(ids)]),
  sourceTag: z
    .string()
    .default('')
    .transform((value) => value.trim().toUpperCase())
    .refine((value) => /^[A-Z0-9]{0,12}$/.test(value), 'Kode sumber maksimal 12 huruf kapital atau angka (contoh: ANT).'),
  heroMediaId: z.preprocess(blankAsUndefined, idField('Pilih gambar utama dari pustaka.').optional()),
  heroCaption: text(300, 'Keterangan gambar maksimal 300 karakter.').default(''),
  heroCredit: text(300, 'Kredit gambar maksimal 300 karakter.').default(''),
  commentMode: z.enum(commentModes, 'Pilih mode komentar.').default('open'),
  body: z
    .string('Isi artikel tidak bisa dibaca.')
    .max(DESK_BODY_MAX_CHARS, 'Isi artikel terlalu panjang.')
    .transform((value, context) => {
      const parsed = parseDeskBody(value)
      if (parsed.ok) return parsed.blocks
      context.addIssue({ code: 'custom', message: parsed.message })
      return z.NEVER
    }),
  publishAt: z.string().max(40).default(''),
})

/** The repeated author field as a list (a plain read keeps only its last value). */
const readAuthors = (formData: FormData) => ({
  authorIds: formData.getAll('authorIds').flatMap((value) => (typeof value === 'string' && value !== '' ? [value] : [])),
})

const intentAction: Record<Intent, DeskAction | null> = {
  save: null,
  autosave: null,
  submit: 'submit',
  publish: 'publish',
  schedule: 'schedule',
}

const savedBy = (conflict: { byName: string | null; at: Date }) =>
  `Artikel ini sudah disimpan oleh ${conflict.byName ?? 'orang lain'} pukul ${toIsoWib(conflict.at).slice(11, 16)}.`
const conflictMessages = {
  save: (conflict: { byName: string | null; at: Date }) =>
    `${savedBy(conflict)} Versi Anda disimpan sebagai revisi; muat ulang untuk melihat versi terbaru.`,
  restore: (conflict: { byName: string | null; at: Date }) =>
    `${savedBy(conflict)} Muat ulang, lalu pulihkan revisi ini lagi bila masih perlu.`,
}

function saveAnswer(
  result: SaveResult,
  message: (status: ArticleStatus) => string,
  kind: 'save' | 'restore' = 'save',
): ActionResult<SaveData> {
  if (!result.ok) {
    if ('refused' in result) return fail(result.refused) as ActionResult<SaveData>
    return { ok: false, fieldErrors: {}, formError: conflictMessages[kind](result.current), data: { conflict: true } }
  }
  const { article } = result
  if (article.public)
    contentChanged(
      [{ id: article.id, slug: article.slug, category: { slug: article.categorySlug } }],
      article.oldPath ? [article.oldPath] : [],
    )
  return {
    ok: true,
    message: message(article.status),
    data: {
      id: article.id,
      version: article.version,
      savedAt: article.savedAt.toISOString(),
      status: article.status,
      slug: article.slug,
      path: article.path,
    },
  }
}

/**
 * The desk's one save: creates the article (empty id) or saves it over the version the editor
 * started from, then submits, publishes or schedules it. Every permission is asked before anything
 * is written, and again inside the transaction; a refused intent saves nothing.
 */
export const saveArticle = createAction(
  { schema: saveSchema, access: 'create:article:own' },
  async (input, { viewer, now }): Promise<ActionResult<SaveData>> => {
    const current = input.id ? await getDeskArticle(input.id) : null
    if (input.id && !current) return fail('Artikel tidak ditemukan.') as ActionResult<SaveData>
    if (current && input.version === undefined) return fail('Versi artikel tidak diketahui; muat ulang halaman.') as ActionResult<SaveData>
    const action = intentAction[input.intent]

    // What the article will be once saved, for asking about the intent of a new one.
    const guard: Guard = (row) =>
      deskRefusal(viewer, row, 'save', now) ??
      (action ? deskRefusal(viewer, row ?? { status: 'draft', createdBy: viewer.id }, action, now) : null) ??
      (input.intent === 'autosave' && row && row.status !== 'draft' && row.status !== 'review'
        ? 'Artikel terjadwal atau terbit tidak disimpan otomatis; tekan Simpan untuk memperbarui.'
        : null)
    const refusal = guard(current)
    if (refusal) return fail(refusal) as ActionResult<SaveData>

    let transition: Transition | undefined
    if (input.intent === 'submit') transition = { to: 'review' }
    if (input.intent === 'publish') transition = { to: 'published' }
    if (input.intent === 'schedule') {
      const at = parseWib(input.publishAt)
      if (!at)
        return fail('Periksa kembali isian yang ditandai.', { publishAt: ['Isi tanggal dan jam terbit (WIB).'] }) as ActionResult<SaveData>
      if (at <= now)
        return fail('Periksa kembali isian yang ditandai.', { publishAt: ['Waktu terbit harus di masa depan.'] }) as ActionResult<SaveData>
      transition = { to: 'scheduled', at }
    }

    const fieldErrors = await referenceErrors(input)
    if (Object.keys(fieldErrors).length > 0) return fail('Periksa kembali isian yang ditandai.', fieldErrors) as ActionResult<SaveData>

    const deskInput: DeskInput = {
      title: input.title,
      slug: input.slug,
      summary: input.summary,
      categoryId: input.categoryId,
      tags: input.tags,
      authorIds: input.authorIds,
      sourceTag: input.sourceTag || null,
      heroMediaId: input.heroMediaId ?? null,
      heroCaption: input.heroCaption,
      heroCredit: input.heroCredit,
      commentMode: input.commentMode,
      body: input.body,
    }
    const wasPublished = current?.status === 'published'
    const result = await saveDeskArticle({
      id: current?.id ?? null,
      expectedVersion: input.version ?? 0,
      input: deskInput,
      transition,
      actor: viewer,
      guard,
      auditAs: (status) =>
        status === null ? 'desk.create' : status === 'published' ? 'desk.edit_published' : input.intent === 'autosave' ? null : 'desk.save',
      now,
    })
    return saveAnswer(result, (status) => {
      if (input.intent === 'autosave') return 'Tersimpan otomatis.'
      if (input.intent === 'submit') return 'Artikel diajukan untuk ditinjau editor.'
      if (input.intent === 'publish') return wasPublished ? 'Perubahan diterbitkan.' : 'Artikel diterbitkan.'
      if (transition?.to === 'scheduled') return `Artikel dijadwalkan terbit ${formatWib(transition.at)}.`
      return status === 'published' ? 'Perubahan diterbitkan.' : 'Artikel disimpan.'
    })
  },
  readAuthors,
)

/** References the form makes must exist: the category, the authors, the hero and body images, related articles. */
async function referenceErrors(input: z.infer<typeof saveSchema>): Promise<Record<string, string[]>> {
  const errors: Record<string, string[]> = {}
  if (!(await existingIds('category', [input.categoryId])).has(input.categoryId)) errors.categoryId = ['Pilih rubrik yang tersedia.']
  const authors = await existingIds('author', input.authorIds)
  if (input.authorIds.some((id) => !authors.has(id))) errors.authorIds = ['Pilih penulis dari daftar.']
  const mediaIds = [
    ...(input.heroMediaId ? [input.heroMediaId] : []),
    ...input.body.flatMap((block) => (block.type === 'image' ? [block.mediaId] : [])),
  ]
  const media = await existingIds('media', mediaIds)
  if (input.heroMediaId && !media.has(input.heroMediaId)) errors.heroMediaId = ['Gambar utama tidak ada di pustaka.']
  const relatedIds = input.body.flatMap((block) => (block.type === 'related' ? [block.articleId] : []))
  const related = await existingIds('article', relatedIds)
  if (mediaIds.some((id) => id !== input.heroMediaId && !media.has(id)) || relatedIds.some((id) => !related.has(id))) {
    errors.body = ['Isi artikel merujuk gambar atau artikel yang tidak ada.']
  }
  return errors
}

const idSchema = z.object({ id: idField('Artikel tidak valid.') })

/** Takes a published article down on record (reason and note kept in the audit log); readers get a 410. */
export const takedownArticle = createAction(
  {
    schema: idSchema.extend({
      reason: z.enum(takedownReasons, 'Pilih alasan penurunan.'),
      note: text(500, 'Catatan maksimal 500 karakter.').refine((value) => value.length > 0, 'Tuliskan catatan penurunan.'),
    }),
    access: 'create:article:own',
  },
  async (input, { viewer, now }) => {
    const article = await getDeskArticle(input.id)
    if (!article) return fail('Artikel tidak ditemukan.')
    const guard: Guard = (row) => deskRefusal(viewer, row, 'takedown', now)
    const refusal = guard(article)
    if (refusal) return fail(refusal)
    const result = await takeDownArticle({ id: input.id, reason: input.reason, note: input.note, actor: viewer, guard, now })
    if (!result.ok) return fail(result.refused)
    contentChanged([result.article])
    return { ok: true, message: 'Artikel diturunkan.' }
  },
)

/** A scheduled article back to draft: it will not go live. */
export const unscheduleArticle = createAction({ schema: idSchema, access: 'create:article:own' }, async (input, { viewer, now }) => {
  const article = await getDeskArticle(input.id)
  if (!article) return fail('Artikel tidak ditemukan.')
  const guard: Guard = (row) => deskRefusal(viewer, row, 'unschedule', now)
  const refusal = guard(article)
  if (refusal) return fail(refusal)
  const result = await unscheduleQuery({ id: input.id, actor: viewer, guard })
  if (!result.ok) return fail(result.refused)
  return { ok: true, message: 'Jadwal terbit dibatalkan; artikel kembali menjadi draf.' }
})

/** Writes an earlier revision back as a new save, under the same lock as any save. */
export const restoreRevision = createAction(
  {
    schema: idSchema.extend({
      revisionId: idField('Revisi tidak valid.'),
      version: z.coerce
        .number('Versi tidak valid.')
        .int('Versi tidak valid.')
        .min(1, 'Versi tidak valid.')
        .max(2 ** 31),
    }),
    access: 'create:article:own',
  },
  async (input, { viewer, now }): Promise<ActionResult<SaveData>> => {
    const article = await getDeskArticle(input.id)
    if (!article) return fail('Artikel tidak ditemukan.') as ActionResult<SaveData>
    const guard: Guard = (row) => deskRefusal(viewer, row, 'restore', now)
    const refusal = guard(article)
    if (refusal) return fail(refusal) as ActionResult<SaveData>
    const result = await restoreDeskRevision({
      id: input.id,
      revisionId: input.revisionId,
      expectedVersion: input.version,
      actor: viewer,
      guard,
      now,
    })
    return saveAnswer(result, () => 'Revisi dipulihkan sebagai versi terbaru.', 'restore')
  },
)

/** The editor's heartbeat: records that the viewer has the article open, answers who else has. */
export async function deskHeartbeat(articleId: number): Promise<{ others: { name: string; since: string }[] }> {
  const now = new Date()
  const viewer = await getViewer()
  if (!viewer || !can(viewer, 'create:article:own', now) || !idField().safeParse(articleId).success) return { others: [] }
  const article = await getDeskArticle(articleId)
  if (!article || !canViewDeskArticle(viewer, article, now)) return { others: [] }
  await touchPresence(articleId, viewer.id, now)
  return {
    others: (await listPresence(articleId, viewer.id, now)).map((other) => ({ name: other.name, since: other.since.toISOString() })),
  }
}

/** A signed link (48 hours) for someone without an account to read the article as it is now. */
export const createPreviewLink = createAction(
  { schema: idSchema, access: 'create:article:own' },
  async (input, { viewer, now }): Promise<ActionResult<{ url: string }>> => {
    const article = await getDeskArticle(input.id)
    if (!article) return fail('Artikel tidak ditemukan.') as ActionResult<{ url: string }>
    if (!canViewDeskArticle(viewer, article, now))
      return fail('Penulis hanya bisa membagikan artikelnya sendiri.') as ActionResult<{ url: string }>
    return {
      ok: true,
      message: 'Tautan pratinjau berlaku 48 jam.',
      data: { url: `/pratinjau/${previewToken(article.id, article.version, now)}` },
    }
  },
)
