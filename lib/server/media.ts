import 'server-only'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { insertMedia, type MediaItem } from '@/db/queries/media'
import type { Actor } from '@/db/queries/moderation'
import { getEnv } from '@/lib/env'
import { mediaFilePath, parseMediaFileName, type MediaFile } from '@/lib/media/files'
import { processImage, sizeRefusal, type FocalPoint } from '@/lib/media/process'

export const mediaRoot = () => path.resolve(getEnv().MEDIA_DIR)

/** Where a file of the library lives on disk, or null for any name the library never writes. */
export function mediaPathFor(name: string): { file: MediaFile; path: string } | null {
  const file = parseMediaFileName(name)
  return file ? { file, path: path.join(mediaRoot(), mediaFilePath(file)) } : null
}

/** Writes a file under a temporary name and renames it: a reader never sees half a file. */
async function writeOnce(target: string, data: Buffer): Promise<void> {
  const exists = await fs.stat(target).then(
    () => true,
    () => false,
  )
  if (exists) return
  await fs.mkdir(path.dirname(target), { recursive: true })
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`
  await fs.writeFile(temporary, data)
  await fs.rename(temporary, target)
}

export type UploadFields = { alt: string; caption: string | null; credit: string | null; focus: FocalPoint }

export type UploadResult = { ok: true; item: MediaItem; created: boolean } | { ok: false; error: string }

/**
 * An upload from the newsroom: refused by its size before its bytes are read, checked and
 * encoded, its files written, then its row and audit entry recorded. A refusal writes nothing.
 */
export async function storeUpload(upload: Blob, fields: UploadFields, actor: Actor): Promise<UploadResult> {
  const bySize = sizeRefusal(upload.size)
  if (bySize) return { ok: false, error: bySize }
  const result = await processImage(new Uint8Array(await upload.arrayBuffer()), fields.focus)
  if (!result.ok) return result
  const { image } = result
  const root = mediaRoot()
  for (const file of image.files) await writeOnce(path.join(root, mediaFilePath(file)), file.data)
  const { item, created } = await insertMedia(
    {
      hash: image.hash,
      width: image.width,
      height: image.height,
      mime: image.mime,
      bytes: upload.size,
      alt: fields.alt,
      caption: fields.caption,
      credit: fields.credit,
      focusX: fields.focus.x,
      focusY: fields.focus.y,
      variants: image.variants,
    },
    actor,
  )
  return { ok: true, item, created }
}
