// Reader input never reaches FTS5 as syntax: it is cut into words, each quoted as a prefix term.

export const MAX_TERMS = 8

/** Words of a search as an FTS5 MATCH expression ("a"* "b"*), or null when nothing is searchable. */
export function toMatchExpression(input: string): string | null {
  const words = (
    input
      .slice(0, 500)
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .map((word) => word.toLowerCase())
    .filter((word, index, all) => all.indexOf(word) === index)
    .slice(0, MAX_TERMS)
  if (words.length === 0) return null
  return words.map((word) => `"${word}"*`).join(' ')
}

export const MARK_START = '\u0002'
export const MARK_END = '\u0003'

/** Splits a snippet with match markers into plain and highlighted runs (rendered as text). */
export function highlightRuns(snippet: string): { text: string; hit: boolean }[] {
  const runs: { text: string; hit: boolean }[] = []
  for (const [index, part] of snippet.split(new RegExp(`[${MARK_START}${MARK_END}]`)).entries()) {
    if (part) runs.push({ text: part, hit: index % 2 === 1 })
  }
  return runs
}
