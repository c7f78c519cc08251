'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { addArticleNote, getNotableArticle } from '@/db/queries/notes'
import { noteKinds } from '@/db/schema'
import { idField } from '@/lib/fields'
import { NOTE_MAX, noteKindLabels } from '@/lib/notes'
import { createAction, fail, redirectingAction, type ActionResult, type ActionState } from '@/lib/server/action'
import { revalidateArticles } from '@/lib/server/revalidate'
import { cleanText } from '@/lib/text'

const noteSchema = z.object({
  articleId: idField('Pilih berita yang dikoreksi.'),
  kind: z.enum(noteKinds, 'Pilih jenis catatan: koreksi, pembaruan atau hak jawab.'),
  text: z
    .string('Tuliskan isi catatan.')
    // Checked twice: a cheap bound before cleaning, the real one after.
    .max(NOTE_MAX * 2, `Catatan maksimal ${NOTE_MAX.toLocaleString('id-ID')} karakter.`)
    .transform((value) => cleanText(value).replace(/\r\n?/g, '\n').trim())
    .refine((value) => value.length > 0, 'Tuliskan isi catatan.')
    .refine((value) => value.length <= NOTE_MAX, `Catatan maksimal ${NOTE_MAX.toLocaleString('id-ID')} karakter.`),
  back: z.string().max(500).optional(),
})

/**
 * Adds a correction, update or right of reply to a published news article, with its audit entry,
 * then expires every page that shows it. The text is stored as typed and always rendered as text.
 */
export const addNote = createAction({ schema: noteSchema, access: 'correct:article:any' }, async (input, { viewer, now }) => {
  const article = await getNotableArticle(input.articleId, now)
  if (!article) return fail('Berita tidak ditemukan atau belum terbit; catatan hanya untuk berita yang sudah terbit.')
  await addArticleNote(article, input.kind, input.text, viewer, now)
  revalidateArticles([article])
  for (const path of ['/koreksi', '/sitemap.xml', '/news-sitemap.xml']) revalidatePath(path)
  return { ok: true, message: `${noteKindLabels[input.kind]} ditambahkan pada “${article.title}”.` }
})

/** The form's action: the first reason a field was refused becomes the message on the page. */
export const addNoteAction = redirectingAction(async (state: ActionState, formData: FormData): Promise<ActionResult> => {
  const result = await addNote(state, formData)
  if (result.ok) return result
  return { ...result, formError: Object.values(result.fieldErrors).flat()[0] ?? result.formError }
})
