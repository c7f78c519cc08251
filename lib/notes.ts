import type { NoteKind } from '@/db/schema'

/** How each kind of note is named to readers and staff (Pedoman Pemberitaan Media Siber). */
export const noteKindLabels: Record<NoteKind, string> = { correction: 'Koreksi', update: 'Pembaruan', reply: 'Hak jawab' }

/** The longest note the newsroom may write: room for a right of reply, short enough to stay a note. */
export const NOTE_MAX = 2000
