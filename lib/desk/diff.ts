import type { BodyBlock } from '@/db/schema'

// A small line diff for comparing two revisions of an article: the longest common subsequence of
// the lines, then what was removed from the older and added in the newer, in reading order.

export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string }

/** Past this many line pairs the table would be too large: the lines are shown as replaced whole. */
const MAX_CELLS = 4_000_000

export function diffLines(before: string[], after: string[]): DiffLine[] {
  const n = before.length
  const m = after.length
  if (n * m > MAX_CELLS) {
    return [...before.map((text) => ({ kind: 'removed' as const, text })), ...after.map((text) => ({ kind: 'added' as const, text }))]
  }
  // lcs[i][j]: the longest common subsequence of before[i..] and after[j..].
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  const lines: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      lines.push({ kind: 'same', text: before[i]! })
      i++
      j++
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      lines.push({ kind: 'removed', text: before[i++]! })
    } else {
      lines.push({ kind: 'added', text: after[j++]! })
    }
  }
  while (i < n) lines.push({ kind: 'removed', text: before[i++]! })
  while (j < m) lines.push({ kind: 'added', text: after[j++]! })
  return lines
}

/** Whether a diff changes anything. */
export const changed = (lines: DiffLine[]) => lines.some((line) => line.kind !== 'same')

/** A body block as the lines a comparison shows (text as text; other blocks as a short label). */
export function blockLines(block: BodyBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text]
    case 'heading':
      return [`## ${block.text}`]
    case 'quote':
      return [`> ${block.text}${block.cite ? ` — ${block.cite}` : ''}`]
    case 'list':
      return block.items.map((item, index) => (block.ordered ? `${index + 1}. ${item}` : `• ${item}`))
    case 'image':
      return [
        `[Gambar #${block.mediaId}] ${block.alt}${block.caption ? ` · ${block.caption}` : ''}${block.credit ? ` · ${block.credit}` : ''}`,
      ]
    case 'related':
      return [`[Baca juga: artikel #${block.articleId}]`]
    case 'embed':
      return [`[Sematan ${block.provider}: ${block.title} (${block.id})]`]
    case 'chart':
      return [`[Grafik ${block.chart === 'line' ? 'garis' : 'batang'}: data #${block.datasetId}]`]
    case 'point':
      return [`[Poin] ${block.heading}: ${block.text}`]
    case 'poll':
      return [`[Jajak pendapat #${block.pollId}]`]
    case 'quiz':
      return [`[Kuis: ${block.questions.length} pertanyaan]`]
    case 'timeline':
      return [`[Lini masa: ${block.title}]`]
  }
}

export const bodyLines = (body: BodyBlock[]) => body.flatMap(blockLines)
