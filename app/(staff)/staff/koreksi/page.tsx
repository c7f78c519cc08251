import { Link } from '@/components/link'
import { Notice } from '@/components/staff/notice'
import { listLatest } from '@/db/queries/articles'
import { listNotes } from '@/db/queries/notes'
import { noteKinds } from '@/db/schema'
import { formatWib } from '@/lib/format'
import { NOTE_MAX, noteKindLabels } from '@/lib/notes'
import { articlePath } from '@/lib/paths'
import { addNoteAction } from '@/lib/server/actions/notes'
import { requireStaff, type StaffSearch } from '@/lib/server/staff'

export const metadata = { title: 'Koreksi' }

const RECENT_ARTICLES = 200
const LISTED_NOTES = 100

const input = 'mt-1 block w-full rounded-md border border-line px-2 font-normal'

/** Corrections, updates and replies: a plain form (no JavaScript needed) and the notes made so far. */
export default async function CorrectionsDeskPage({ searchParams }: { searchParams: Promise<StaffSearch> }) {
  await requireStaff('correct:article:any')
  const search = await searchParams
  const articles = await listLatest({ limit: RECENT_ARTICLES })
  const notes = await listNotes({ limit: LISTED_NOTES })
  return (
    <main>
      <h1 className="font-serif text-3xl font-bold">Koreksi, pembaruan dan hak jawab</h1>
      <p className="mt-1 max-w-3xl text-sm text-muted">
        Catatan tampil di atas isi berita dengan tanggalnya dan di halaman{' '}
        <Link href="/koreksi" className="underline">
          /koreksi
        </Link>
        . Catatan tidak bisa diubah atau dihapus; tulis catatan baru bila perlu.
      </p>
      <Notice search={search} />
      <form action={addNoteAction} className="mt-4 grid max-w-3xl gap-4 rounded-md border border-line p-4">
        <input type="hidden" name="back" value="/staff/koreksi" />
        <label className="block text-sm font-semibold">
          Berita
          <select name="articleId" required className={`${input} h-10`}>
            <option value="">Pilih berita yang sudah terbit</option>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.title} ({formatWib(article.publishedAt)})
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend className="text-sm font-semibold">Jenis catatan</legend>
          <div className="mt-1 flex flex-wrap gap-4 text-sm">
            {noteKinds.map((kind, index) => (
              <label key={kind} className="flex items-center gap-2">
                <input type="radio" name="kind" value={kind} required defaultChecked={index === 0} />
                {noteKindLabels[kind]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="block text-sm font-semibold">
          Isi catatan
          <textarea name="text" required maxLength={NOTE_MAX} rows={5} aria-describedby="note-help" className={`${input} py-2`} />
          <span id="note-help" className="mt-1 block text-xs font-normal text-muted">
            Ditampilkan apa adanya sebagai teks, maksimal {NOTE_MAX.toLocaleString('id-ID')} karakter.
          </span>
        </label>
        <div>
          <button type="submit" className="rounded-full bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
            Tambahkan catatan
          </button>
        </div>
      </form>

      <h2 className="mt-8 font-serif text-2xl font-bold">Catatan terbaru</h2>
      {notes.length === 0 && <p className="mt-2 text-muted">Belum ada catatan.</p>}
      <ol className="mt-4 flex max-w-3xl flex-col divide-y divide-line">
        {notes.map((note) => (
          <li key={note.id} className="py-3 text-sm">
            <p>
              <span className="font-semibold">{noteKindLabels[note.kind]}</span>{' '}
              <span className="text-muted">· {formatWib(note.createdAt)} · </span>
              <Link href={articlePath(note.article)} className="font-semibold underline">
                {note.article.title}
              </Link>
            </p>
            <p className="mt-1 whitespace-pre-line">{note.text}</p>
          </li>
        ))}
      </ol>
    </main>
  )
}
