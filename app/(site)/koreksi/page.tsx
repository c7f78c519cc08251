import type { Metadata } from 'next'
import { Link } from '@/components/link'
import { listNotes } from '@/db/queries/notes'
import { formatWib } from '@/lib/format'
import { noteKindLabels } from '@/lib/notes'
import { articlePath } from '@/lib/paths'
import { cacheTags, tagRender } from '@/lib/server/revalidate'

// A note revalidates this page at once (lib/server/actions/notes.ts); the interval is a backstop.
export const revalidate = 300

const LIMIT = 500

export const metadata: Metadata = {
  title: 'Koreksi, pembaruan dan hak jawab',
  description: 'Setiap koreksi, pembaruan dan hak jawab atas berita FAKTA, yang terbaru lebih dulu.',
  alternates: { canonical: '/koreksi' },
}

/** Every correction, update and right of reply, newest first, each linked to its story. */
export default async function CorrectionsPage() {
  await tagRender(cacheTags.content)
  const notes = await listNotes({ limit: LIMIT })
  return (
    <main className="mx-auto max-w-3xl px-4 pt-6">
      <h1 className="font-serif text-3xl font-bold">Koreksi, pembaruan dan hak jawab</h1>
      <p className="mt-2 text-muted">
        Sesuai Pedoman Pemberitaan Media Siber, setiap koreksi, pembaruan dan hak jawab ditautkan pada berita yang dikoreksi dan dicatat di
        sini, yang terbaru lebih dulu.
      </p>
      {notes.length === 0 && <p className="mt-6">Belum ada koreksi.</p>}
      <ol className="mt-6 flex flex-col divide-y divide-line">
        {notes.map((note) => (
          <li key={note.id} className="py-4">
            <p className="text-sm">
              <span className="font-semibold">{noteKindLabels[note.kind]}</span>{' '}
              <span className="text-muted">
                · <time dateTime={note.createdAt.toISOString()}>{formatWib(note.createdAt)}</time>
              </span>
            </p>
            <h2 className="mt-1 font-serif text-lg font-bold">
              <Link href={articlePath(note.article)} className="hover:text-brand hover:underline">
                {note.article.title}
              </Link>
            </h2>
            <p className="mt-1 whitespace-pre-line">{note.text}</p>
          </li>
        ))}
      </ol>
    </main>
  )
}
