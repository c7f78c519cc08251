import { createHash } from 'node:crypto'
import sharp, { type Metadata, type OutputInfo, type Sharp } from 'sharp'
import type { MediaVariant } from '@/db/schema'
import { MEDIA_FORMATS, widthsFor, type MediaAspect, type MediaFile, type MediaFormat } from './files'

// An uploaded image, checked by decoding it (never by its name or declared type), turned into
// the files the library serves: metadata gone, orientation applied, every variant re-encoded.

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024
/** Past this a decode needs hundreds of megabytes: a 60 MP photo is already larger than any page shows. */
export const MAX_PIXELS = 60_000_000
export const MIN_SIDE = 100

const ACCEPTED = 'Unggah gambar JPEG, PNG, WebP atau AVIF.'

export const mediaErrors = {
  empty: `Berkas kosong. ${ACCEPTED}`,
  tooLarge: 'Berkas lebih dari 15 MB. Perkecil gambar, lalu unggah lagi.',
  svg: `Gambar SVG tidak diterima karena bisa memuat skrip. ${ACCEPTED}`,
  notImage: `Berkas ini bukan gambar yang dikenali, apa pun nama berkasnya. ${ACCEPTED}`,
  broken: 'Gambar rusak atau terpotong sehingga tidak bisa dibaca. Unggah ulang berkas aslinya.',
  tooSmall: `Gambar terlalu kecil: minimal ${MIN_SIDE} × ${MIN_SIDE} piksel.`,
  tooManyPixels: (width: number, height: number) =>
    `Ukuran gambar ${width.toLocaleString('id-ID')} × ${height.toLocaleString('id-ID')} piksel melebihi batas ${MAX_PIXELS / 1_000_000} megapiksel. Perkecil gambar, lalu unggah lagi.`,
}

/** Refusal by size alone, before the bytes are read. */
export function sizeRefusal(size: number): string | null {
  if (size === 0) return mediaErrors.empty
  if (size > MAX_UPLOAD_BYTES) return mediaErrors.tooLarge
  return null
}

type Kind = 'jpeg' | 'png' | 'webp' | 'avif'
const MIME: Record<Kind, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' }

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))

/**
 * The format the first bytes announce. Only these four reach the decoder: an SVG or anything
 * else never gets parsed by a library that is not needed for it.
 */
function sniff(bytes: Uint8Array): Kind | 'svg' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp'
  if (ascii(bytes, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(bytes, 8, 12))) return 'avif'
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart().toLowerCase()
  if (head.includes('<svg')) return 'svg'
  return null
}

export type FocalPoint = { x: number; y: number }

/** The largest rectangle of this aspect inside the picture, centred on the focal point where the edges allow. */
export function cropAround(width: number, height: number, aspect: number, focus: FocalPoint) {
  const cropWidth = Math.min(width, Math.round(height * aspect))
  const cropHeight = Math.min(height, Math.round(cropWidth / aspect))
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max, Math.round(value)))
  return {
    left: clamp(focus.x * width - cropWidth / 2, width - cropWidth),
    top: clamp(focus.y * height - cropHeight / 2, height - cropHeight),
    width: cropWidth,
    height: cropHeight,
  }
}

const ASPECTS: { aspect: MediaAspect; ratio: number | null }[] = [
  { aspect: 'full', ratio: null },
  { aspect: '16x9', ratio: 16 / 9 },
  { aspect: '1x1', ratio: 1 },
]

export type EncodedFile = MediaFile & { data: Buffer }

export type ProcessedImage = {
  hash: string
  width: number
  height: number
  mime: string
  variants: MediaVariant[]
  files: EncodedFile[]
}

export type ProcessResult = { ok: true; image: ProcessedImage } | { ok: false; error: string }

const encode = (pipeline: Sharp, format: MediaFormat) =>
  format === 'avif'
    ? pipeline.avif({ quality: 50, effort: 2 })
    : format === 'webp'
      ? pipeline.webp({ quality: 78 })
      : pipeline.jpeg({ quality: 80, mozjpeg: true })

/**
 * Checks and encodes an upload. Nothing is written here: the caller stores the files only when
 * this succeeds, so a refused upload leaves no trace.
 */
export async function processImage(bytes: Uint8Array, focus: FocalPoint = { x: 0.5, y: 0.5 }): Promise<ProcessResult> {
  const bySize = sizeRefusal(bytes.byteLength)
  if (bySize) return { ok: false, error: bySize }
  const kind = sniff(bytes)
  if (kind === 'svg') return { ok: false, error: mediaErrors.svg }
  if (!kind) return { ok: false, error: mediaErrors.notImage }

  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The header first: its dimensions refuse a pixel bomb before a single pixel is decoded.
  let meta: Metadata
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata()
  } catch {
    return { ok: false, error: mediaErrors.broken }
  }
  const declared = meta.format === 'heif' ? (meta.compression === 'av1' ? 'avif' : null) : meta.format
  if (declared !== kind) return { ok: false, error: mediaErrors.notImage }
  if (!meta.width || !meta.height) return { ok: false, error: mediaErrors.broken }
  if (meta.width * meta.height > MAX_PIXELS) return { ok: false, error: mediaErrors.tooManyPixels(meta.width, meta.height) }

  // Then the whole picture, once, into raw pixels: a truncated or corrupt file fails here. The
  // EXIF orientation is applied and then dropped with every other piece of metadata.
  let raw: { data: Buffer; info: OutputInfo }
  try {
    raw = await sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'truncated', pages: 1 })
      .rotate()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch {
    return { ok: false, error: mediaErrors.broken }
  }
  const { width, height, channels } = raw.info
  if (width < MIN_SIDE || height < MIN_SIDE) return { ok: false, error: mediaErrors.tooSmall }

  const hash = createHash('sha256')
    .update(input)
    .update(`|${focus.x.toFixed(3)},${focus.y.toFixed(3)}`)
    .digest('hex')
    .slice(0, 32)
  const source = () => sharp(raw.data, { raw: { width, height, channels } })
  const variants: MediaVariant[] = []
  const files: EncodedFile[] = []
  for (const { aspect, ratio } of ASPECTS) {
    const crop = ratio ? cropAround(width, height, ratio, focus) : { left: 0, top: 0, width, height }
    const widths = widthsFor(crop.width)
    variants.push({ aspect, width: crop.width, height: crop.height, widths })
    for (const target of widths) {
      // One encode at a time: the machine serves readers too.
      for (const format of MEDIA_FORMATS) {
        const data = await encode(source().extract(crop).resize({ width: target }), format).toBuffer()
        files.push({ hash, aspect, width: target, format, data })
      }
    }
  }
  return { ok: true, image: { hash, width, height, mime: MIME[kind], variants, files } }
}
