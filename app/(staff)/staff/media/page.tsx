import { MediaPicture } from '@/components/media-picture'
import { Pagination } from '@/components/pagination'
import { Notice } from '@/components/staff/notice'
import { listMedia } from '@/db/queries/media'
import { formatWib } from '@/lib/format'
import { MEDIA_WIDTHS } from '@/lib/media/files'
import { pageCount, parsePage } from '@/lib/pagination'
import { uploadMediaAction } from '@/lib/server/actions/media'
import { one, requireStaff, type StaffSearch } from '@/lib/server/staff'

export const metadata = { title: 'Pustaka gambar' }

const PER_PAGE = 24

const fileSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024).toLocaleString('id-ID')} KB`
    : `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`

const input = 'mt-1 block h-10 w-full rounded-md border border-line px-2 font-normal'

/** The newsroom's images: upload one (a plain form, no JavaScript needed) and see what is there. */
export default async function MediaPage({ searchParams }: { searchParams: Promise<StaffSearch> }) {
  await requireStaff('upload:media:any')
  const search = await searchParams
  const page = parsePage(one(search.halaman) ?? null) ?? 1
  const { items, total } = await listMedia({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE })
  return (
    <main>
      <h1 className="font-serif text-3xl font-bold">Pustaka gambar</h1>
      <Notice search={search} />
      <form action={uploadMediaAction} className="mt-4 grid max-w-3xl gap-4 rounded-md border border-line p-4 sm:grid-cols-2">
        <input type="hidden" name="back" value="/staff/media" />
        <label className="block text-sm font-semibold sm:col-span-2">
          Berkas gambar (JPEG, PNG, WebP atau AVIF, paling besar 15 MB)
          <input
            type="file"
            name="file"
            required
            accept="image/jpeg,image/png,image/webp,image/avif"
            className="mt-1 block w-full text-sm font-normal file:mr-3 file:rounded-full file:border-0 file:bg-wash file:px-3 file:py-1.5 file:font-semibold"
          />
        </label>
        <label className="block text-sm font-semibold sm:col-span-2">
          Teks alternatif (wajib)
          <input name="alt" required maxLength={300} aria-describedby="alt-help" className={input} />
          <span id="alt-help" className="mt-1 block text-xs font-normal text-muted">
            Apa yang tampak di gambar, untuk pembaca yang tidak melihatnya. Maksimal 300 karakter.
          </span>
        </label>
        <label className="block text-sm font-semibold">
          Keterangan
          <input name="caption" maxLength={500} className={input} />
        </label>
        <label className="block text-sm font-semibold">
          Kredit
          <input name="credit" maxLength={120} placeholder="ANTARA/Nama Fotografer" className={input} />
        </label>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-semibold">Titik fokus (pusat potongan 16:9 dan 1:1)</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            <label className="block text-sm">
              Mendatar, 0 kiri sampai 1 kanan
              <input name="focusX" type="number" min={0} max={1} step={0.01} defaultValue={0.5} className={`${input} w-32`} />
            </label>
            <label className="block text-sm">
              Tegak, 0 atas sampai 1 bawah
              <input name="focusY" type="number" min={0} max={1} step={0.01} defaultValue={0.5} className={`${input} w-32`} />
            </label>
          </div>
        </fieldset>
        <div className="sm:col-span-2">
          <button type="submit" className="rounded-full bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
            Unggah gambar
          </button>
        </div>
      </form>

      <h2 className="mt-8 font-serif text-2xl font-bold">
        Gambar <span className="text-base font-normal text-muted">({total.toLocaleString('id-ID')})</span>
      </h2>
      {items.length === 0 && <p className="mt-2 text-muted">Belum ada gambar di pustaka.</p>}
      <ul className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <li key={item.id} className="rounded-md border border-line p-3">
            <figure>
              <MediaPicture
                item={item}
                sizes="(min-width: 1024px) 360px, (min-width: 640px) 45vw, 92vw"
                className="h-auto w-full rounded-sm bg-wash"
              />
              <figcaption className="mt-2 text-sm">
                <span className="font-semibold">{item.alt}</span>
                {item.caption && <span className="block text-muted">{item.caption}</span>}
                {item.credit && <span className="block text-xs text-muted">({item.credit})</span>}
              </figcaption>
            </figure>
            <div className="mt-2 flex items-start gap-2">
              {(['16x9', '1x1'] as const).map((aspect) => (
                <div key={aspect} className="w-1/2">
                  <MediaPicture item={item} aspect={aspect} sizes="160px" className="h-auto w-full rounded-sm bg-wash" />
                  <p className="mt-1 text-xs text-muted">{aspect === '16x9' ? '16:9' : '1:1'}</p>
                </div>
              ))}
            </div>
            <p className="mt-2 text-xs text-muted">
              #{item.id} · {item.width} × {item.height} px · {item.mime.replace('image/', '').toUpperCase()} · {fileSize(item.bytes)} ·
              lebar {item.variants[0]?.widths.join(', ') ?? MEDIA_WIDTHS.join(', ')} px · fokus {item.focusX.toFixed(2)},{' '}
              {item.focusY.toFixed(2)} · {formatWib(item.createdAt)}
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={page} pages={pageCount(total, PER_PAGE)} href={(n) => `/staff/media?halaman=${n}`} />
    </main>
  )
}
