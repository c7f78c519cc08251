// The editor's document (Tiptap/ProseMirror JSON) and our body blocks, both ways. Pure: the desk
// page runs it in the browser for the hidden field, tests run it here. What is stored is always
// the blocks (then validated by lib/desk/blocks.ts), never the editor's JSON.
import type { JSONContent } from '@tiptap/core'
import type { BodyBlock, TextMark } from '@/db/schema'

export type { JSONContent } from '@tiptap/core'

/** What the editor shows but the blocks do not keep: thumbnails and titles. */
export type DocDisplay = {
  mediaSrc?: (mediaId: number) => string | undefined
  relatedTitle?: (articleId: number) => string | undefined
  datasetTitle?: (datasetId: number) => string | undefined
}

type MarkType = TextMark['type']
const markOrder: MarkType[] = ['bold', 'italic', 'link']

/** A paragraph's text with its marks, as Tiptap text nodes (a newline becomes a hard break). */
function inline(text: string, marks: TextMark[] = []): JSONContent[] {
  const cuts = new Set([0, text.length])
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(text.length, mark.from)))
    cuts.add(Math.max(0, Math.min(text.length, mark.to)))
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    cuts.add(i)
    cuts.add(i + 1)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const nodes: JSONContent[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!
    const to = points[i + 1]!
    const piece = text.slice(from, to)
    if (piece === '') continue
    if (piece === '\n') {
      nodes.push({ type: 'hardBreak' })
      continue
    }
    const active = marks
      .filter((mark) => mark.from <= from && mark.to >= to)
      .sort((a, b) => markOrder.indexOf(a.type) - markOrder.indexOf(b.type))
      .map((mark) => (mark.type === 'link' ? { type: 'link', attrs: { href: mark.href } } : { type: mark.type }))
    nodes.push(active.length > 0 ? { type: 'text', text: piece, marks: active } : { type: 'text', text: piece })
  }
  return nodes
}

const textNodes = (text: string): JSONContent[] => inline(text)
const paragraphNode = (text: string, marks?: TextMark[]): JSONContent => {
  const content = inline(text, marks)
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
}

export function blocksToDoc(blocks: BodyBlock[], display: DocDisplay = {}): JSONContent {
  const content = blocks.flatMap((block): JSONContent[] => {
    switch (block.type) {
      case 'paragraph':
        return [paragraphNode(block.text, block.marks)]
      case 'heading':
        return [{ type: 'heading', attrs: { level: 2 }, content: textNodes(block.text) }]
      case 'quote':
        return [{ type: 'blockquote', attrs: { cite: block.cite ?? '' }, content: [paragraphNode(block.text)] }]
      case 'list':
        return [
          {
            type: block.ordered ? 'orderedList' : 'bulletList',
            content: block.items.map((item) => ({ type: 'listItem', content: [paragraphNode(item)] })),
          },
        ]
      case 'image':
        return [
          {
            type: 'deskImage',
            attrs: {
              mediaId: block.mediaId,
              alt: block.alt,
              caption: block.caption ?? '',
              credit: block.credit ?? '',
              src: display.mediaSrc?.(block.mediaId) ?? '',
            },
          },
        ]
      case 'related':
        return [{ type: 'deskRelated', attrs: { articleId: block.articleId, title: display.relatedTitle?.(block.articleId) ?? '' } }]
      case 'embed':
        return [{ type: 'deskEmbed', attrs: { provider: block.provider, id: block.id, title: block.title } }]
      case 'chart':
        return [
          {
            type: 'deskChart',
            attrs: { chart: block.chart, datasetId: block.datasetId, title: display.datasetTitle?.(block.datasetId) ?? '' },
          },
        ]
      default:
        // Point, poll, quiz and timeline belong to the verticals; the desk never edits them.
        return []
    }
  })
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] }
}

/** The plain text of inline content, and its bold/italic/link ranges merged across text nodes. */
function readInline(nodes: JSONContent[] | undefined): { text: string; marks: TextMark[] } {
  let text = ''
  const marks: TextMark[] = []
  const open = new Map<string, TextMark>()
  const visit = (list: JSONContent[] | undefined) => {
    for (const node of list ?? []) {
      if (node.type === 'hardBreak') {
        // A mark on both sides of a line break spans it.
        text += '\n'
        continue
      }
      if (node.type !== 'text') {
        visit(node.content)
        continue
      }
      const piece = node.text ?? ''
      if (piece === '') continue
      const from = text.length
      text += piece
      const seen = new Set<string>()
      for (const mark of node.marks ?? []) {
        const type = mark.type as MarkType
        if (!markOrder.includes(type)) continue
        const href = type === 'link' ? String(mark.attrs?.href ?? '') : ''
        const key = type === 'link' ? `link ${href}` : type
        if (seen.has(type)) continue
        seen.add(type)
        seen.add(key)
        const current = open.get(type)
        if (current && /^\n*$/.test(text.slice(current.to, from)) && (current.type !== 'link' || current.href === href)) {
          current.to = text.length
        } else {
          const created: TextMark = type === 'link' ? { type, from, to: text.length, href } : { type, from, to: text.length }
          marks.push(created)
          open.set(type, created)
        }
      }
      for (const type of [...open.keys()]) if (!seen.has(type)) open.delete(type)
    }
  }
  visit(nodes)
  marks.sort((a, b) => a.from - b.from || markOrder.indexOf(a.type) - markOrder.indexOf(b.type))
  return { text, marks }
}

const plain = (nodes: JSONContent[] | undefined) => readInline(nodes).text
const str = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value))

export function docToBlocks(doc: JSONContent): BodyBlock[] {
  const blocks: BodyBlock[] = []
  const listItems = (list: JSONContent): string[] =>
    (list.content ?? []).flatMap((item) =>
      (item.content ?? []).flatMap((child) =>
        child.type === 'bulletList' || child.type === 'orderedList' ? listItems(child) : [plain(child.content)],
      ),
    )
  for (const node of doc.content ?? []) {
    const attrs = node.attrs ?? {}
    switch (node.type) {
      case 'paragraph': {
        const { text, marks } = readInline(node.content)
        if (text.trim() === '') break
        blocks.push(marks.length > 0 ? { type: 'paragraph', text, marks } : { type: 'paragraph', text })
        break
      }
      case 'heading': {
        const text = plain(node.content)
        if (text.trim() !== '') blocks.push({ type: 'heading', text })
        break
      }
      case 'blockquote': {
        const text = (node.content ?? []).map((child) => plain(child.content)).join('\n')
        if (text.trim() === '') break
        const cite = str(attrs.cite)
        blocks.push(cite === '' ? { type: 'quote', text } : { type: 'quote', text, cite })
        break
      }
      case 'bulletList':
      case 'orderedList': {
        const items = listItems(node).filter((item) => item.trim() !== '')
        if (items.length > 0) blocks.push({ type: 'list', ordered: node.type === 'orderedList', items })
        break
      }
      case 'deskImage':
        blocks.push({
          type: 'image',
          mediaId: Number(attrs.mediaId),
          alt: str(attrs.alt),
          ...(str(attrs.caption) === '' ? {} : { caption: str(attrs.caption) }),
          ...(str(attrs.credit) === '' ? {} : { credit: str(attrs.credit) }),
        })
        break
      case 'deskRelated':
        blocks.push({ type: 'related', articleId: Number(attrs.articleId) })
        break
      case 'deskEmbed':
        blocks.push({ type: 'embed', provider: str(attrs.provider) as 'youtube', id: str(attrs.id), title: str(attrs.title) })
        break
      case 'deskChart':
        blocks.push({ type: 'chart', chart: str(attrs.chart) as 'line', datasetId: Number(attrs.datasetId) })
        break
      case 'horizontalRule':
        break
      default: {
        // Pasted code blocks and the like: their text as a paragraph.
        const text = plain(node.content)
        if (text.trim() !== '') blocks.push({ type: 'paragraph', text })
      }
    }
  }
  return blocks
}
