// The server's reading of an article body sent by the desk: plain JSON in, our own validated
// blocks out. Nothing the editor sends is trusted: unknown keys and block types are refused (not
// stripped), text is cleaned and capped, links are only http(s) or site paths.
import { z } from 'zod'
import type { BodyBlock, EmbedProvider, TextMark } from '@/db/schema'
import { isSafeHref } from '@/lib/body'
import { cleanText } from '@/lib/text'

export { isSafeHref } from '@/lib/body'

export const DESK_BODY_MAX_CHARS = 300_000
export const DESK_BODY_MAX_BLOCKS = 400
const MAX_MARKS = 200

export const deskLimits = { paragraph: 10_000, heading: 300, quote: 2_000, item: 1_000, caption: 300, title: 200 } as const

/** The block types the desk writes; the others come with their verticals. */
export const deskBlockTypes = ['paragraph', 'heading', 'quote', 'list', 'image', 'related', 'embed', 'chart'] as const

const embedIds: Record<EmbedProvider, RegExp> = {
  youtube: /^[\w-]{11}$/,
  // `kind/id`; a bare id is an episode, as the Program episodes store it (lib/embeds.ts).
  spotify: /^(?:(?:episode|show|track|playlist)\/)?[A-Za-z0-9]{22}$/,
  x: /^\d{1,25}$/,
}

/** `input` cleaned; `undefined` when nothing is left, an error when over `max`. */
const text = (max: number, label: string) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .transform((value) => cleanText(value).trim())
    .refine((value) => value.length <= max, `${label} paling banyak ${max.toLocaleString('id-ID')} karakter.`)

const optionalText = (max: number, label: string) =>
  text(max, label)
    .optional()
    .transform((value) => (value ? value : undefined))

const id = z.number({ error: 'Nomor tidak sah.' }).int('Nomor tidak sah.').positive('Nomor tidak sah.')

const markRange = { from: z.number().int().min(0), to: z.number().int().min(1) }
const mark = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('bold'), ...markRange }),
    z.strictObject({ type: z.literal('italic'), ...markRange }),
    z.strictObject({
      type: z.literal('link'),
      ...markRange,
      href: z
        .string()
        .max(2000, 'Alamat tautan terlalu panjang.')
        .refine(isSafeHref, 'Tautan hanya boleh alamat http(s):// atau jalur di situs ini (diawali /).'),
    }),
  ],
  { error: 'Format teks tidak dikenal.' },
)

const paragraphTooLong = `Paragraf paling banyak ${deskLimits.paragraph.toLocaleString('id-ID')} karakter.`

const block = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('paragraph'),
    // Cleaned with its marks below (the offsets count in the text as sent); a cheap bound first.
    text: z.string({ error: 'Paragraf harus berupa teks.' }).max(deskLimits.paragraph * 2, paragraphTooLong),
    marks: z.array(mark).max(MAX_MARKS, `Paling banyak ${MAX_MARKS} format dalam satu paragraf.`).optional(),
  }),
  z.strictObject({
    type: z.literal('heading'),
    text: text(deskLimits.heading, 'Subjudul').refine((v) => v !== '', 'Subjudul masih kosong.'),
  }),
  z.strictObject({
    type: z.literal('quote'),
    text: text(deskLimits.quote, 'Kutipan').refine((v) => v !== '', 'Kutipan masih kosong.'),
    cite: optionalText(deskLimits.caption, 'Sumber kutipan'),
  }),
  z.strictObject({
    type: z.literal('list'),
    ordered: z.boolean({ error: 'Jenis daftar tidak sah.' }),
    items: z
      .array(text(deskLimits.item, 'Butir daftar'), { error: 'Butir daftar tidak sah.' })
      .transform((items) => items.filter((item) => item !== ''))
      .refine((items) => items.length >= 1, 'Daftar masih kosong.')
      .refine((items) => items.length <= 100, 'Daftar paling banyak 100 butir.'),
  }),
  z.strictObject({
    type: z.literal('image'),
    mediaId: id,
    alt: text(deskLimits.caption, 'Teks alternatif gambar').refine((v) => v !== '', 'Teks alternatif gambar wajib diisi.'),
    caption: optionalText(deskLimits.caption, 'Keterangan gambar'),
    credit: optionalText(deskLimits.caption, 'Kredit gambar'),
  }),
  z.strictObject({ type: z.literal('related'), articleId: id }),
  z.strictObject({
    type: z.literal('embed'),
    provider: z.enum(['youtube', 'spotify', 'x'], { error: 'Penyedia sematan tidak dikenal.' }),
    id: z.string({ error: 'Sematan tidak sah.' }).max(100, 'Sematan tidak sah.'),
    title: text(deskLimits.title, 'Judul sematan').refine((v) => v !== '', 'Judul sematan wajib diisi.'),
  }),
  z.strictObject({
    type: z.literal('chart'),
    chart: z.enum(['line', 'bar'], { error: 'Jenis grafik tidak dikenal.' }),
    datasetId: id,
  }),
])

type Result = { ok: true; blocks: BodyBlock[] } | { ok: false; message: string }

/**
 * A paragraph's text cleaned (lib/text.ts) piece by piece between the edges of its marks, so each
 * mark still covers the same words; a mark left empty by the cleaning is dropped.
 */
function cleanParagraph(text: string, marks: TextMark[]): { text: string; marks: TextMark[] } | string {
  for (const mark of marks) {
    if (mark.from >= mark.to || mark.to > text.length) return 'Format teks berada di luar paragraf.'
  }
  const edges = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.from, mark.to])])].sort((a, b) => a - b)
  const moved = new Map<number, number>([[0, 0]])
  let cleaned = ''
  for (let i = 0; i < edges.length - 1; i++) {
    cleaned += cleanText(text.slice(edges[i], edges[i + 1]))
    moved.set(edges[i + 1]!, cleaned.length)
  }
  if (cleaned.length > deskLimits.paragraph) return paragraphTooLong
  const kept = marks
    .map((mark) => ({ ...mark, from: moved.get(mark.from)!, to: moved.get(mark.to)! }))
    .filter((mark) => mark.from < mark.to)
  return { text: cleaned, marks: kept }
}

/** The desk's body, validated: our blocks, or the first problem in Indonesian naming its block. */
export function parseDeskBody(json: string): Result {
  if (typeof json !== 'string' || json.length > DESK_BODY_MAX_CHARS) {
    return { ok: false, message: `Isi berita terlalu panjang (paling banyak ${DESK_BODY_MAX_CHARS.toLocaleString('id-ID')} karakter).` }
  }
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return { ok: false, message: 'Isi berita tidak dapat dibaca. Muat ulang halaman lalu coba lagi.' }
  }
  if (!Array.isArray(raw)) return { ok: false, message: 'Isi berita tidak dapat dibaca. Muat ulang halaman lalu coba lagi.' }
  if (raw.length > DESK_BODY_MAX_BLOCKS) return { ok: false, message: `Isi berita paling banyak ${DESK_BODY_MAX_BLOCKS} blok.` }
  const blocks: BodyBlock[] = []
  for (const [index, item] of raw.entries()) {
    const where = `Blok ke-${index + 1}`
    const type = item !== null && typeof item === 'object' && 'type' in item ? (item as { type: unknown }).type : undefined
    if (typeof type !== 'string' || !(deskBlockTypes as readonly string[]).includes(type)) {
      return { ok: false, message: `${where}: jenis blok tidak dapat dipakai di meja redaksi.` }
    }
    const parsed = block.safeParse(item)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const message = issue?.code === 'unrecognized_keys' ? 'berisi data yang tidak dikenal.' : (issue?.message ?? 'tidak sah.')
      return { ok: false, message: `${where}: ${message}` }
    }
    const value = parsed.data
    if (value.type === 'paragraph') {
      const paragraph = cleanParagraph(value.text, value.marks ?? [])
      if (typeof paragraph === 'string') return { ok: false, message: `${where}: ${paragraph}` }
      if (paragraph.text.trim() === '') continue
      blocks.push(paragraph.marks.length > 0 ? { type: 'paragraph', ...paragraph } : { type: 'paragraph', text: paragraph.text })
      continue
    }
    if (value.type === 'embed' && !embedIds[value.provider].test(value.id)) {
      return { ok: false, message: `${where}: alamat sematan tidak dikenali.` }
    }
    blocks.push(value)
  }
  if (blocks.length === 0) return { ok: false, message: 'Isi berita masih kosong.' }
  return { ok: true, blocks }
}

/**
 * The provider and id of a YouTube, Spotify or X address pasted in the editor, or null. Only
 * the providers' own hosts are read; everything else is refused.
 */
export function embedFromUrl(input: string): { provider: EmbedProvider; id: string } | null {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const host = url.hostname.toLowerCase().replace(/^(?:www\.|m\.|mobile\.)/, '')
  const parts = url.pathname.split('/').filter(Boolean)
  const found = (provider: EmbedProvider, id: string | null | undefined) => (id && embedIds[provider].test(id) ? { provider, id } : null)
  if (host === 'youtube.com' || host === 'music.youtube.com' || host === 'youtube-nocookie.com') {
    if (parts[0] === 'watch') return found('youtube', url.searchParams.get('v'))
    if (parts[0] === 'shorts' || parts[0] === 'embed' || parts[0] === 'live') return found('youtube', parts[1])
    return null
  }
  if (host === 'youtu.be') return found('youtube', parts[0])
  if (host === 'open.spotify.com') {
    const rest = parts[0] === 'embed' ? parts.slice(1) : parts
    // Localised addresses: open.spotify.com/intl-id/episode/...
    const [kind, id] = rest[0]?.startsWith('intl-') ? rest.slice(1) : rest
    return kind && ['episode', 'show', 'track', 'playlist'].includes(kind) ? found('spotify', `${kind}/${id}`) : null
  }
  if (host === 'x.com' || host === 'twitter.com') {
    const status = parts.indexOf('status')
    return status >= 1 ? found('x', parts[status + 1]) : null
  }
  return null
}
