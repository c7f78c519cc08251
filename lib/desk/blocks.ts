// The desk's body as the editor sends it: a JSON array of blocks, checked shape by shape. Text
// stays plain text; a link may only point at http(s) or a path on the site.
import { z } from 'zod'
import type { BodyBlock } from '@/db/schema'

const embedProviders = ['youtube', 'spotify', 'x'] as const
const chartKinds = ['line', 'bar'] as const

export const DESK_BODY_MAX_CHARS = 200_000

const text = (max: number) => z.string().max(max)
const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 31)
const href = z
  .string()
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value) || /^\/(?!\/)/.test(value), 'Tautan harus diawali http://, https:// atau /.')

const mark = z.union([
  z.object({ type: z.enum(['bold', 'italic']), from: z.number().int().min(0), to: z.number().int().min(0) }).strict(),
  z.object({ type: z.literal('link'), from: z.number().int().min(0), to: z.number().int().min(0), href }).strict(),
])

const block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: text(10_000), marks: z.array(mark).max(200).optional() }).strict(),
  z.object({ type: z.literal('heading'), text: text(200) }).strict(),
  z.object({ type: z.literal('quote'), text: text(2000), cite: text(200).optional() }).strict(),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(text(2000)).max(100) }).strict(),
  z.object({ type: z.literal('image'), mediaId: id, alt: text(300), caption: text(300).optional(), credit: text(300).optional() }).strict(),
  z.object({ type: z.literal('related'), articleId: id }).strict(),
  z
    .object({ type: z.literal('embed'), provider: z.enum(embedProviders), id: z.string().regex(/^[\w-]{1,64}$/), title: text(200) })
    .strict(),
  z.object({ type: z.literal('chart'), chart: z.enum(chartKinds), datasetId: id }).strict(),
])

/** The editor's body JSON as blocks, or why it is refused (in words for the user). */
export function parseDeskBody(json: string): { ok: true; blocks: BodyBlock[] } | { ok: false; message: string } {
  if (json.length > DESK_BODY_MAX_CHARS) return { ok: false, message: 'Isi artikel terlalu panjang.' }
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return { ok: false, message: 'Isi artikel tidak bisa dibaca.' }
  }
  const parsed = z.array(block).max(500).safeParse(value)
  if (!parsed.success) return { ok: false, message: 'Isi artikel memuat blok yang tidak valid.' }
  for (const b of parsed.data) {
    if (b.type === 'paragraph' && b.marks?.some((m) => m.from >= m.to || m.to > b.text.length)) {
      return { ok: false, message: 'Isi artikel memuat format teks yang tidak valid.' }
    }
  }
  return { ok: true, blocks: parsed.data }
}
