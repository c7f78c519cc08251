import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/server/auth/viewer'

// The image library as the newsroom uses it: the upload action against a fresh database and an
// empty media folder, every bad input refused with words and no trace, and the serving route.
const session = vi.hoisted(() => {
  process.env.MEDIA_DIR = `${process.env.TMPDIR ?? '/tmp'}/fakta-media-test-${process.pid}`
  return { viewer: null as Viewer | null }
})
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => session.viewer }))
vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache(() => {}))
vi.mock('next/server', async (original) => (await import('../setup/next-cache')).nextServer(original))
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error('redirect'), { url })
  },
  notFound: () => {
    throw new Error('not found')
  },
}))

const { uploadMedia, uploadMediaAction } = await import('@/lib/server/actions/media')
const { listMedia } = await import('@/db/queries/media')
const { listAudit } = await import('@/db/queries/moderation')
const { getAuthState } = await import('@/db/queries/users')
const { createUser } = await import('@/tests/factories')
const { cropAround } = await import('@/lib/media/process')
const { parseMediaFileName } = await import('@/lib/media/files')
const { GET } = await import('@/app/(site)/media/[file]/route')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()
const mediaDir = process.env.MEDIA_DIR!

afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }))
beforeEach(() => {
  fs.rmSync(mediaDir, { recursive: true, force: true })
  session.viewer = null
})

const as = async (role: 'reader' | 'moderator' | 'editor' | 'admin') => {
  const user = await createUser(db(), { role, displayName: `Staf ${role}` })
  session.viewer = await getAuthState(user.id)
  return user
}

const filesWritten = (): string[] => (fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir, { recursive: true, encoding: 'utf8' }) : [])

function form(file: Blob | null, values: Record<string, string> = {}, name = 'foto.jpg') {
  const data = new FormData()
  if (file) data.append('file', file, name)
  for (const [key, value] of Object.entries({ alt: 'Warga menyeberang jalan di Jakarta', ...values })) data.append(key, value)
  return data
}

const upload = (file: Blob | null, values?: Record<string, string>, name?: string) => uploadMedia(null, form(file, values, name))

/** A JPEG as a phone writes it: rotated by an EXIF tag, with GPS coordinates of where it was taken. */
const phoneJpeg = () =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a6e8f' } })
    .composite([{ input: { create: { width: 200, height: 200, channels: 3, background: '#e33' } }, left: 900, top: 100 }])
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Copyright: 'Fotografer Uji' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 10/1 0/1' } })
    .jpeg()
    .toBuffer()

const GPS_POINTER = Buffer.from([0x25, 0x88]) // tag 0x8825 (GPS IFD) as written little-endian

/** A PNG whose header claims 50,000 x 50,000 pixels: a few dozen bytes, never decoded. */
function pixelBomb(): Uint8Array<ArrayBuffer> {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(50_000, 0)
  ihdr.writeUInt32BE(50_000, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const png = [
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.alloc(16)),
    chunk('IEND', Buffer.alloc(0)),
  ]
  return new Uint8Array(Buffer.concat(png))
}

describe('bad uploads', () => {
  it('each is refused with a clear message, and nothing is stored or written', async () => {
    await as('editor')
    const jpeg = await phoneJpeg()
    const cases: [string, Blob, RegExp][] = [
      ['empty file', new Blob([]), /kosong/],
      ['15 MB and one byte', new Blob([new Uint8Array(15 * 1024 * 1024 + 1)]), /lebih dari 15 MB/],
      [
        'renamed ELF executable',
        new Blob([Buffer.from('\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0', 'latin1'), new Uint8Array(512)]),
        /bukan gambar/,
      ],
      ['renamed Windows executable', new Blob([Buffer.from('MZ\x90\0\x03\0\0\0', 'latin1'), new Uint8Array(512)]), /bukan gambar/],
      [
        'SVG',
        new Blob(['<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>']),
        /SVG tidak diterima/,
      ],
      ['truncated JPEG', new Blob([jpeg.subarray(0, Math.floor(jpeg.length / 2))]), /rusak atau terpotong/],
      ['50,000 x 50,000 pixel bomb', new Blob([pixelBomb()]), /50\.000 × 50\.000 piksel melebihi batas/],
      ['text file', new Blob(['Ini hanya catatan, bukan gambar.\n']), /bukan gambar/],
    ]
    for (const [name, file, message] of cases) {
      const result = await upload(file, {}, 'foto.jpg')
      expect(result, name).toMatchObject({ ok: false, formError: expect.stringMatching(message) })
    }
    expect((await listMedia({ limit: 10, offset: 0 })).total).toBe(0)
    expect((await listAudit({ limit: 10, offset: 0 })).total).toBe(0)
    expect(filesWritten()).toEqual([])
  })

  it('alt text is required and capped; no file is refused too', async () => {
    await as('editor')
    const jpeg = await phoneJpeg()
    expect(await upload(new Blob([jpeg]), { alt: '   ' })).toMatchObject({
      ok: false,
      fieldErrors: { alt: [expect.stringMatching(/teks alternatif/i)] },
    })
    expect(await upload(new Blob([jpeg]), { alt: 'x'.repeat(301) })).toMatchObject({
      ok: false,
      fieldErrors: { alt: [expect.stringMatching(/300/)] },
    })
    expect(await upload(new Blob([jpeg]), { caption: 'x'.repeat(501) })).toMatchObject({
      ok: false,
      fieldErrors: { caption: expect.any(Array) },
    })
    expect(await upload(new Blob([jpeg]), { focusX: '1.5' })).toMatchObject({ ok: false, fieldErrors: { focusX: expect.any(Array) } })
    expect(await upload(null)).toMatchObject({ ok: false, formError: expect.stringMatching(/Pilih berkas/) })
    expect(filesWritten()).toEqual([])
  })
})

describe('a good upload', () => {
  it('is oriented, stripped of EXIF and GPS, encoded at widths up to its own, cropped around its focal point, and audited', async () => {
    const editor = await as('editor')
    const jpeg = await phoneJpeg()
    const before = await sharp(jpeg).metadata()
    expect(before.exif?.includes(GPS_POINTER)).toBe(true)

    const result = await upload(new Blob([jpeg]), { caption: 'Jalan Thamrin', credit: 'FAKTA/Uji', focusX: '0.8', focusY: '0.25' })
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/diunggah/) })
    const { items } = await listMedia({ limit: 10, offset: 0 })
    expect(items).toHaveLength(1)
    const item = items[0]!
    // EXIF orientation 6: the 1200 x 800 sensor image stands upright as 800 x 1200.
    expect(item).toMatchObject({
      width: 800,
      height: 1200,
      mime: 'image/jpeg',
      caption: 'Jalan Thamrin',
      credit: 'FAKTA/Uji',
      uploadedBy: editor.id,
    })
    expect(item.variants.map((v) => v.aspect)).toEqual(['full', '16x9', '1x1'])

    const files = filesWritten().filter((name) => name.includes('.'))
    expect(files.length).toBe(item.variants.reduce((n, v) => n + v.widths.length * 3, 0))
    for (const relative of files) {
      const parsed = parseMediaFileName(path.basename(relative))
      expect(parsed?.hash).toBe(item.hash)
      const meta = await sharp(path.join(mediaDir, relative)).metadata()
      expect(meta.exif, relative).toBeUndefined()
      expect(meta.xmp, relative).toBeUndefined()
      expect(meta.orientation ?? 1).toBe(1)
      expect(meta.width).toBe(parsed!.width)
      expect(meta.width).toBeLessThanOrEqual(item.width)
      expect({ avif: 'heif', webp: 'webp', jpg: 'jpeg' }[parsed!.format]).toBe(meta.format)
      const variant = item.variants.find((v) => v.aspect === parsed!.aspect)!
      expect(Math.abs(meta.height! - (parsed!.width * variant.height) / variant.width)).toBeLessThanOrEqual(1)
    }
    // Widths never above the picture's own: 800 wide gives 480 only, the 1600 never appears.
    expect(item.variants.find((v) => v.aspect === 'full')?.widths).toEqual([480])

    // The crops are the largest of their shape that hold the focal point (640, 300).
    const wide = item.variants.find((v) => v.aspect === '16x9')!
    const square = item.variants.find((v) => v.aspect === '1x1')!
    expect(wide).toMatchObject({ width: 800, height: 450 })
    expect(square).toMatchObject({ width: 800, height: 800 })
    const focus = { x: 0.8 * 800, y: 0.25 * 1200 }
    for (const ratio of [16 / 9, 1]) {
      const crop = cropAround(800, 1200, ratio, { x: 0.8, y: 0.25 })
      expect(focus.x).toBeGreaterThanOrEqual(crop.left)
      expect(focus.x).toBeLessThanOrEqual(crop.left + crop.width)
      expect(focus.y).toBeGreaterThanOrEqual(crop.top)
      expect(focus.y).toBeLessThanOrEqual(crop.top + crop.height)
    }
    // Centred on the focus where the edges allow: the 16:9 band runs from 300 - 225 = 75.
    expect(cropAround(800, 1200, 16 / 9, { x: 0.8, y: 0.25 })).toEqual({ left: 0, top: 75, width: 800, height: 450 })

    const audit = (await listAudit({ limit: 10, offset: 0 })).items
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'media.upload', targetType: 'media', targetId: item.id, actorName: 'Staf editor' })
    expect(audit[0]!.reason).toContain('Warga menyeberang jalan di Jakarta')

    // The same picture with the same focal point again: the library already has it.
    expect(await upload(new Blob([jpeg]), { focusX: '0.8', focusY: '0.25' })).toMatchObject({
      ok: true,
      message: expect.stringMatching(/sudah ada/),
    })
    expect((await listMedia({ limit: 10, offset: 0 })).total).toBe(1)
  })
})

describe('who may upload', () => {
  it('a reader and a moderator are refused by the action; an editor and an admin may', async () => {
    const png = await sharp({ create: { width: 320, height: 200, channels: 4, background: '#ffffff80' } })
      .png()
      .toBuffer()
    for (const role of ['reader', 'moderator'] as const) {
      await as(role)
      expect(await upload(new Blob([png])), role).toMatchObject({ ok: false, formError: expect.stringMatching(/izin/) })
    }
    session.viewer = null
    expect(await upload(new Blob([png]))).toMatchObject({ ok: false, formError: expect.stringMatching(/masuk/) })
    expect(filesWritten()).toEqual([])
    await as('editor')
    expect(await upload(new Blob([png]))).toMatchObject({ ok: true })
    await as('admin')
    expect(await upload(new Blob([png]), { focusX: '0' })).toMatchObject({ ok: true })
    expect((await listMedia({ limit: 10, offset: 0 })).items.map((i) => i.mime)).toEqual(['image/png', 'image/png'])
  })

  it('the plain form comes back to the library with its message', async () => {
    await as('moderator')
    const data = form(new Blob(['bukan gambar']))
    data.append('back', '/staff/media')
    const error = await uploadMediaAction(data).catch((e: { url: string }) => e)
    const url = new URL((error as { url: string }).url, 'http://x')
    expect(url.pathname).toBe('/staff/media')
    expect(url.searchParams.get('galat')).toMatch(/tidak memiliki izin/)
  })
})

describe('the serving route', () => {
  const get = (name: string) => GET(new Request(`http://x/media/${name}`), { params: Promise.resolve({ file: name }) })

  it('serves a library file with immutable caching and its type; 404 for unknown names and any way out of the folder', async () => {
    await as('editor')
    const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#123456' } })
      .png()
      .toBuffer()
    await upload(new Blob([png]))
    const item = (await listMedia({ limit: 1, offset: 0 })).items[0]!
    for (const format of ['avif', 'webp', 'jpg'] as const) {
      const response = await get(`${item.hash}-full-480.${format}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(response.headers.get('content-type')).toBe({ avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' }[format])
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      const body = Buffer.from(await response.arrayBuffer())
      expect((await sharp(body).metadata()).width).toBe(480)
    }

    // A secret beside the folder that a way out would reach.
    fs.writeFileSync(path.join(os.tmpdir(), 'fakta-secret.jpg'), 'rahasia')
    for (const name of [
      `${item.hash}-full-960.jpg`, // a width never encoded
      `${'0'.repeat(32)}-full-480.jpg`,
      `${item.hash}-full-480.png`,
      `${item.hash}-full-480.jpg.tmp`,
      '..%2f..%2ffakta-secret.jpg',
      '../../fakta-secret.jpg',
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/etc/passwd',
      `${os.tmpdir()}/fakta-secret.jpg`,
      `..\\..\\fakta-secret.jpg`,
      `${item.hash.slice(0, 2)}/${item.hash}-full-480.jpg`,
      `${item.hash}-full-480.jpg\0`,
    ]) {
      const response = await get(name)
      expect(response.status, name).toBe(404)
      expect(response.headers.get('cache-control'), name).toBe('no-store')
    }
  })
})
