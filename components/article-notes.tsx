import type { ArticleNote } from '@/db/queries/notes'
import { formatWib } from '@/lib/format'
import { noteKindLabels } from '@/lib/notes'

/**
 * An article's corrections, updates and replies, newest first, above its body: the guideline asks
 * that a correction be seen with the story it corrects, not only on a list elsewhere.
 */
export function ArticleNotes({ notes }: { notes: ArticleNote[] }) {
  if (notes.length === 0) return null
  return (
    <aside aria-label="Koreksi dan pembaruan" className="mt-5 flex flex-col gap-3">
      {notes.map((note) => (
        <section key={note.id} className="rounded-md border-l-4 border-brand bg-wash px-4 py-3 text-sm">
          <p className="font-semibold">
            {noteKindLabels[note.kind]}{' '}
            <span className="font-normal text-muted">
              · <time dateTime={note.createdAt.toISOString()}>{formatWib(note.createdAt)}</time>
            </span>
          </p>
          <p className="mt-1 whitespace-pre-line">{note.text}</p>
        </section>
      ))}
    </aside>
  )
}
