import fs from 'node:fs'
import { Readable } from 'node:stream'
import { MEDIA_TYPES } from '@/lib/media/files'
import { mediaPathFor } from '@/lib/server/media'

// Files appear when an image is uploaded, so every request looks at the disk.
export const dynamic = 'force-dynamic'

const notFound = () =>
  new Response('Gambar tidak ditemukan.\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  })

/**
 * A file of the image library. The name must match the library's own pattern before the disk is
 * touched (no dots, slashes or anything else to climb out with), and a name never changes its
 * bytes, so browsers and caches keep it for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const target = mediaPathFor((await params).file)
  if (!target) return notFound()
  const stat = await fs.promises.stat(target.path).catch(() => null)
  if (!stat?.isFile()) return notFound()
  const body = Readable.toWeb(fs.createReadStream(target.path)) as ReadableStream<Uint8Array>
  return new Response(body, {
    headers: {
      'Content-Type': MEDIA_TYPES[target.file.format],
      'Content-Length': String(stat.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
