// Text filters typed by staff (the moderation queue, the user search, the audit log, the desk).
// They match case-insensitively on both dialects: SQLite's LIKE ignores the case of ASCII letters,
// PostgreSQL's ILIKE that of every letter (PostgreSQL's LIKE ignores none). The typed text is
// matched literally: LIKE's wildcards in it are escaped, with an ESCAPE clause both dialects read.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm'
import { onPostgres } from './client'

/** `text` with LIKE's wildcards `%` and `_`, and the escape character `\`, escaped. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

function likeIgnoringCase(column: SQLWrapper, pattern: string): SQL {
  return sql`${column} ${sql.raw(onPostgres() ? 'ilike' : 'like')} ${pattern} escape '\\'`
}

/** Whether the column contains `text`, ignoring case, with `%` and `_` searched for as typed. */
export function containsText(column: SQLWrapper, text: string): SQL {
  return likeIgnoringCase(column, `%${escapeLike(text)}%`)
}

/** Whether the column starts with `text`, ignoring case, with `%` and `_` searched for as typed. */
export function startsWithText(column: SQLWrapper, text: string): SQL {
  return likeIgnoringCase(column, `${escapeLike(text)}%`)
}
