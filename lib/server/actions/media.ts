'use server'

import { z } from 'zod'
import { createAction, fail, redirectingAction } from '@/lib/server/action'
import { storeUpload } from '@/lib/server/media'
import { cleanName } from '@/lib/text'

const ALT_MAX = 300
const CAPTION_MAX = 500
const CREDIT_MAX = 120

const optionalText = (max: number, label: string) =>
  z
    .string()
    .max(max * 2, `${label} maksimal ${max} karakter.`)
    .transform((value) => cleanName(value))
    .refine((value) => value.length <= max, `${label} maksimal ${max} karakter.`)
    .transform((value) => value || null)
    .optional()

/** A focal coordinate from 0 (left or top) to 1; an empty field is the centre. */
const focal = z
  .string()
  .optional()
  .transform((value) => (value == null || value.trim() === '' ? 0.5 : Number(value.replace(',', '.'))))
  .refine((value) => Number.isFinite(value) && value >= 0 && value <= 1, 'Titik fokus harus angka dari 0 sampai 1.')

const uploadSchema = z.object({
  alt: z
    .string('Tuliskan teks alternatif gambar.')
    .max(ALT_MAX * 2, `Teks alternatif maksimal ${ALT_MAX} karakter.`)
    .transform((value) => cleanName(value))
    .refine((value) => value.length > 0, 'Tuliskan teks alternatif: apa yang tampak di gambar, untuk pembaca yang tidak melihatnya.')
    .refine((value) => value.length <= ALT_MAX, `Teks alternatif maksimal ${ALT_MAX} karakter.`),
  caption: optionalText(CAPTION_MAX, 'Keterangan'),
  credit: optionalText(CREDIT_MAX, 'Kredit'),
  focusX: focal,
  focusY: focal,
  back: z.string().max(500).optional(),
})

/** The upload as a checked action (tests call it directly); the form uses `uploadMediaAction`. */
export const uploadMedia = createAction({ schema: uploadSchema, access: 'upload:media:any' }, async (input, { viewer, formData }) => {
  const file = formData.get('file')
  if (!(file instanceof Blob)) return fail('Pilih berkas gambar terlebih dahulu.', { file: ['Pilih berkas gambar.'] })
  const result = await storeUpload(
    file,
    { alt: input.alt, caption: input.caption ?? null, credit: input.credit ?? null, focus: { x: input.focusX, y: input.focusY } },
    viewer,
  )
  if (!result.ok) return fail(result.error, { file: [result.error] })
  if (!result.created) return { ok: true, message: `Gambar yang sama sudah ada di pustaka (#${result.item.id}).` }
  return { ok: true, message: `Gambar #${result.item.id} diunggah.` }
})

export const uploadMediaAction = redirectingAction(uploadMedia)
