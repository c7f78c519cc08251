import LinkifyIt from 'linkify-it'
import { cleanText, isBlank, trimChars } from '../text'

// Only web links become links; linkify-it finds them the way readers type them.
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false }).add('mailto:', null).add('ftp:', null).add('//', null)

/**
 * A comment as stored: NFC, no control or bidi-override characters, trimmed, no runs of blank lines;
 * empty when nothing in it is visible.
 */
export function normalizeBody(input: string): string {
  const body = cleanText(input)
    // Zalgo: no letter needs more than two stacked marks once text is in NFC.
    .replace(/(\p{M}{2})\p{M}+/gu, '$1')
    .replace(/\r\n?/g, '\n')
    // Line by line, so that trailing blanks cost one pass (a pattern like /[ \t]+\n/ is quadratic).
    .split('\n')
    .map((line) => trimChars(line, ' \t', 'end'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  // Zero-width spaces, fillers and the like show nothing: a comment of only those is empty.
  return isBlank(body) ? '' : body
}

export type Segment = { type: 'text'; text: string } | { type: 'link'; text: string; href: string }

/** Splits a comment into plain text and http(s) links, for rendering as React text nodes. */
export function segments(body: string): Segment[] {
  const matches = (linkify.match(body) ?? []).filter((m) => /^https?:\/\//i.test(m.url))
  const out: Segment[] = []
  let at = 0
  for (const match of matches) {
    if (match.index > at) out.push({ type: 'text', text: body.slice(at, match.index) })
    out.push({ type: 'link', text: match.text, href: match.url })
    at = match.lastIndex
  }
  if (at < body.length) out.push({ type: 'text', text: body.slice(at) })
  return out
}

export function countLinks(body: string): number {
  return segments(body).filter((s) => s.type === 'link').length
}
