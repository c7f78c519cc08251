'use client'

import { Extension, mergeAttributes, Node, NodeViewWrapper, ReactNodeViewRenderer, type NodeViewProps } from '@tiptap/react'
import type { ReactNode } from 'react'

// The body's blocks that are not text, as atom nodes of the editor: one card each, with the
// block's own attributes (what docToBlocks in lib/desk/doc.ts keeps) and display-only ones
// (`src`, `title` of related articles and charts) that are never stored.

type Attr = string | number

/** An attribute kept as `data-<name>` in the editor's HTML (copy and paste inside the editor). */
function attributes(spec: Record<string, Attr>) {
  return Object.fromEntries(
    Object.entries(spec).map(([name, fallback]) => {
      const key = `data-${name.toLowerCase()}`
      return [
        name,
        {
          default: fallback,
          parseHTML: (element: HTMLElement) => {
            const value = element.getAttribute(key)
            if (value === null) return fallback
            return typeof fallback === 'number' ? Number(value) || 0 : value
          },
          renderHTML: (attrs: Record<string, unknown>) => ({ [key]: String(attrs[name] ?? '') }),
        },
      ]
    }),
  )
}

const inputClass = 'mt-0.5 block h-8 w-full rounded-md border border-line bg-paper px-2 font-normal'

function Card({ label, selected, onRemove, children }: { label: string; selected: boolean; onRemove: () => void; children: ReactNode }) {
  return (
    <NodeViewWrapper
      className={`my-3 flex items-start gap-3 rounded-md border bg-wash p-3 font-sans text-sm not-italic ${selected ? 'border-brand ring-2 ring-brand' : 'border-line'}`}
      contentEditable={false}
      data-drag-handle=""
    >
      <div className="min-w-0 flex-1">{children}</div>
      <button
        type="button"
        onClick={onRemove}
        className="shrink-0 rounded-full border border-line bg-paper px-3 py-1 text-xs font-semibold hover:border-brand focus-visible:outline-2 focus-visible:outline-brand"
      >
        Hapus<span className="sr-only"> {label}</span>
      </button>
    </NodeViewWrapper>
  )
}

function ImageCard({ node, selected, deleteNode, updateAttributes }: NodeViewProps) {
  const { src, alt, caption, credit, mediaId } = node.attrs as {
    src: string
    alt: string
    caption: string
    credit: string
    mediaId: number
  }
  const field = (name: 'alt' | 'caption' | 'credit', label: string, value: string, required = false) => (
    <label className="mt-1 block text-xs font-semibold">
      {label}
      <input
        value={value}
        required={required}
        maxLength={300}
        onChange={(event) => updateAttributes({ [name]: event.target.value })}
        className={inputClass}
        aria-invalid={required && value.trim() === '' ? true : undefined}
      />
    </label>
  )
  return (
    <Card label="gambar" selected={selected} onRemove={deleteNode}>
      <div className="flex gap-3">
        {src ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={src} alt="" width={96} height={64} className="h-16 w-24 shrink-0 rounded bg-paper object-cover" />
        ) : (
          <span className="flex h-16 w-24 shrink-0 items-center justify-center rounded bg-paper text-xs text-muted">#{mediaId}</span>
        )}
        <div className="min-w-0 flex-1">
          <span className="block text-xs font-bold tracking-wide text-muted uppercase">Gambar</span>
          {field('alt', 'Teks alternatif (wajib)', alt, true)}
          {alt.trim() === '' && <span className="block text-xs text-red-700">Teks alternatif wajib diisi.</span>}
          <div className="grid gap-x-3 sm:grid-cols-2">
            {field('caption', 'Keterangan', caption)}
            {field('credit', 'Kredit', credit)}
          </div>
        </div>
      </div>
    </Card>
  )
}

function RelatedCard({ node, selected, deleteNode }: NodeViewProps) {
  const { title, articleId } = node.attrs as { title: string; articleId: number }
  return (
    <Card label="tautan baca juga" selected={selected} onRemove={deleteNode}>
      <span className="font-bold text-brand">Baca juga:</span> {title || `berita #${articleId}`}
    </Card>
  )
}

const providerNames: Record<string, string> = { youtube: 'YouTube', spotify: 'Spotify', x: 'X' }

function EmbedCard({ node, selected, deleteNode }: NodeViewProps) {
  const { provider, title, id } = node.attrs as { provider: string; title: string; id: string }
  return (
    <Card label="sematan" selected={selected} onRemove={deleteNode}>
      <span className="font-bold">{providerNames[provider] ?? provider}:</span> {title}
      <span className="block text-xs break-all text-muted">{id}</span>
    </Card>
  )
}

function ChartCard({ node, selected, deleteNode }: NodeViewProps) {
  const { chart, title, datasetId } = node.attrs as { chart: string; title: string; datasetId: number }
  return (
    <Card label="grafik" selected={selected} onRemove={deleteNode}>
      <span className="font-bold">Grafik:</span> {title || `data #${datasetId}`}{' '}
      <span className="text-muted">({chart === 'bar' ? 'batang' : 'garis'})</span>
    </Card>
  )
}

function atom(name: string, spec: Record<string, Attr>, view: (props: NodeViewProps) => ReactNode) {
  const marker = `data-${name.toLowerCase()}`
  return Node.create({
    name,
    group: 'block',
    atom: true,
    selectable: true,
    draggable: true,
    addAttributes: () => attributes(spec),
    parseHTML: () => [{ tag: `div[${marker}]` }],
    renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes({ [marker]: '' }, HTMLAttributes)],
    addNodeView: () => ReactNodeViewRenderer(view),
  })
}

export const DeskImage = atom('deskImage', { mediaId: 0, alt: '', caption: '', credit: '', src: '' }, ImageCard)
export const DeskRelated = atom('deskRelated', { articleId: 0, title: '' }, RelatedCard)
export const DeskEmbed = atom('deskEmbed', { provider: 'youtube', id: '', title: '' }, EmbedCard)
export const DeskChart = atom('deskChart', { chart: 'line', datasetId: 0, title: '' }, ChartCard)

/** A quotation's source, on the blockquote node. */
export const QuoteCite = Extension.create({
  name: 'quoteCite',
  addGlobalAttributes: () => [{ types: ['blockquote'], attributes: attributes({ cite: '' }) }],
})
