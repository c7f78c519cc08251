'use client'

import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { DeskChart, DeskEmbed, DeskImage, DeskRelated, QuoteCite } from './body-nodes.client'
import type { BodyBlock } from '@/db/schema'
import { isSafeHref } from '@/lib/body'
import { embedFromUrl } from '@/lib/desk/blocks'
import { blocksToDoc, docToBlocks } from '@/lib/desk/doc'
import { searchDeskArticles } from '@/lib/server/actions/desk-pickers'

export type DeskMediaOption = { id: number; alt: string; caption: string | null; credit: string | null; thumb: string }
export type DeskDatasetOption = { id: number; title: string }

type Props = {
  /** The hidden field that always holds the body as our blocks' JSON. */
  name: string
  initial: BodyBlock[]
  media: DeskMediaOption[]
  datasets: DeskDatasetOption[]
  /** Titles of the articles `initial` already links to. */
  relatedTitles?: Record<number, string>
  /** The visible label of the editable area. */
  labelId: string
  /** After every edit (the page debounces its autosave on it). */
  onChange?: () => void
}

type Picker = 'link' | 'image' | 'related' | 'embed' | 'chart'

const LINK_REFUSED = 'Tautan hanya boleh alamat http(s):// atau jalur di situs ini (diawali /).'

const field = 'mt-1 block h-10 w-full rounded-md border border-line bg-paper px-2 font-normal'
const primary =
  'rounded-full bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-50'
const secondary =
  'rounded-full border border-line px-4 py-2 font-semibold hover:border-brand focus-visible:outline-2 focus-visible:outline-brand'

const serialize = (editor: Editor) => JSON.stringify(docToBlocks(editor.getJSON()))

/**
 * The desk's body editor (Tiptap, docs/decisions/018): paragraphs with bold, italic and links,
 * subheadings, quotes, lists, and cards for images, "Baca juga", embeds and charts. What the form
 * sends is the hidden field's blocks, which the server validates again (lib/desk/blocks.ts).
 */
export function BodyEditor({ name, initial, media, datasets, relatedTitles = {}, labelId, onChange }: Props) {
  const hidden = useRef<HTMLInputElement>(null)
  const changed = useRef(onChange)
  useEffect(() => {
    changed.current = onChange
  }, [onChange])
  const [picker, setPicker] = useState<Picker | null>(null)
  const [json, setJson] = useState(() => JSON.stringify(docToBlocks(blocksToDoc(initial))))

  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        link: {
          openOnClick: false,
          autolink: false,
          defaultProtocol: 'https',
          isAllowedUri: (url) => isSafeHref(url),
          HTMLAttributes: { rel: 'noopener', target: null },
        },
      }),
      QuoteCite,
      DeskImage,
      DeskRelated,
      DeskEmbed,
      DeskChart,
    ],
    content: blocksToDoc(initial, {
      mediaSrc: (id) => media.find((item) => item.id === id)?.thumb,
      relatedTitle: (id) => relatedTitles[id],
      datasetTitle: (id) => datasets.find((dataset) => dataset.id === id)?.title,
    }),
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        class:
          'min-h-80 px-4 py-3 font-serif text-lg leading-relaxed focus:outline-none [&_a]:text-brand [&_a]:underline [&_blockquote]:my-3 [&_blockquote]:border-l-4 [&_blockquote]:border-brand [&_blockquote]:pl-4 [&_blockquote]:italic [&_h2]:mt-5 [&_h2]:mb-2 [&_h2]:font-sans [&_h2]:text-xl [&_h2]:font-extrabold [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-7 [&_p]:my-2 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-7',
      },
    },
    onUpdate: ({ editor }) => {
      // Written at once as well, so a listener reading the form in onChange sees this edit.
      const value = serialize(editor)
      if (hidden.current) hidden.current.value = value
      setJson(value)
      changed.current?.()
    },
  })

  return (
    <div className="rounded-md border border-line focus-within:ring-2 focus-within:ring-brand">
      <input ref={hidden} type="hidden" name={name} value={json} />
      {editor ? (
        <>
          <Toolbar editor={editor} open={setPicker} hasMedia={media.length > 0} hasDatasets={datasets.length > 0} />
          <EditorContent editor={editor} />
          {picker && (
            <PickerDialog
              picker={picker}
              editor={editor}
              media={media}
              datasets={datasets}
              close={() => {
                setPicker(null)
                editor.commands.focus()
              }}
            />
          )}
        </>
      ) : (
        <p className="min-h-80 px-4 py-3 text-sm text-muted" aria-live="polite">
          Memuat penyunting…
        </p>
      )}
    </div>
  )
}

function Toolbar({
  editor,
  open,
  hasMedia,
  hasDatasets,
}: {
  editor: Editor
  open: (picker: Picker) => void
  hasMedia: boolean
  hasDatasets: boolean
}) {
  const state = useEditorState({
    editor,
    selector: ({ editor }) => ({
      heading: editor.isActive('heading', { level: 2 }),
      quote: editor.isActive('blockquote'),
      bullet: editor.isActive('bulletList'),
      ordered: editor.isActive('orderedList'),
      bold: editor.isActive('bold'),
      italic: editor.isActive('italic'),
      link: editor.isActive('link'),
      cite: String(editor.getAttributes('blockquote').cite ?? ''),
    }),
  })
  const paragraph = !state.heading && !state.quote && !state.bullet && !state.ordered
  const chain = () => editor.chain().focus()

  // Arrow keys move along the toolbar, as in any toolbar; Tab still reaches every button.
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')]
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (index === -1) return
    event.preventDefault()
    buttons[(index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]?.focus()
  }

  return (
    <div className="sticky top-0 z-10 border-b border-line bg-paper font-sans">
      <div role="toolbar" aria-label="Format isi berita" onKeyDown={move} className="flex flex-wrap items-center gap-1 p-2">
        <Tool label="Paragraf" pressed={paragraph} onClick={() => chain().clearNodes().setParagraph().run()} />
        <Tool label="Subjudul" pressed={state.heading} onClick={() => chain().toggleHeading({ level: 2 }).run()} />
        <Tool label="Kutipan" pressed={state.quote} onClick={() => chain().toggleBlockquote().run()} />
        <Tool label="Daftar" pressed={state.bullet} onClick={() => chain().toggleBulletList().run()} />
        <Tool label="Daftar bernomor" pressed={state.ordered} onClick={() => chain().toggleOrderedList().run()} />
        <Separator />
        <Tool label="Tebal" pressed={state.bold} onClick={() => chain().toggleBold().run()} shortcut="Ctrl+B" />
        <Tool label="Miring" pressed={state.italic} onClick={() => chain().toggleItalic().run()} shortcut="Ctrl+I" />
        <Tool label="Tautan" pressed={state.link} onClick={() => open('link')} />
        <Separator />
        <Tool label="Gambar" onClick={() => open('image')} disabled={!hasMedia} />
        <Tool label="Baca juga" onClick={() => open('related')} />
        <Tool label="Sematan" onClick={() => open('embed')} />
        <Tool label="Grafik" onClick={() => open('chart')} disabled={!hasDatasets} />
      </div>
      {state.quote && (
        <label className="flex items-center gap-2 border-t border-line px-3 py-2 text-sm font-semibold">
          Sumber kutipan
          <input
            value={state.cite}
            maxLength={300}
            onChange={(event) => editor.chain().updateAttributes('blockquote', { cite: event.target.value }).run()}
            placeholder="Nama dan jabatan"
            className="h-8 flex-1 rounded-md border border-line px-2 font-normal"
          />
        </label>
      )}
    </div>
  )
}

function Tool({
  label,
  onClick,
  pressed,
  disabled,
  shortcut,
}: {
  label: string
  onClick: () => void
  pressed?: boolean
  disabled?: boolean
  shortcut?: string
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={pressed}
      disabled={disabled}
      aria-keyshortcuts={shortcut?.replace('Ctrl', 'Control')}
      title={shortcut ? `${label} (${shortcut})` : undefined}
      className={`rounded-md px-2.5 py-1.5 text-sm font-semibold hover:bg-wash focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand disabled:opacity-40 ${
        pressed ? 'bg-brand-soft text-brand' : ''
      }`}
    >
      {label}
    </button>
  )
}

const Separator = () => <span aria-hidden="true" className="mx-1 h-6 w-px bg-line" />

/** A modal dialog (the browser's own: focus stays inside, Escape closes). */
function Dialog({ title, close, children }: { title: string; close: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={close}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-md border border-line bg-paper p-0 font-sans text-ink shadow-xl backdrop:bg-ink/40"
    >
      <div className="flex items-center justify-between border-b border-line px-4 py-3">
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        <button type="button" onClick={close} className={secondary}>
          Tutup
        </button>
      </div>
      <div className="max-h-[70vh] overflow-y-auto p-4">{children}</div>
    </dialog>
  )
}

function Problem({ message }: { message: string | null }) {
  return (
    <p role="alert" className="mt-2 min-h-5 text-sm text-red-700">
      {message}
    </p>
  )
}

function PickerDialog({
  picker,
  editor,
  media,
  datasets,
  close,
}: {
  picker: Picker
  editor: Editor
  media: DeskMediaOption[]
  datasets: DeskDatasetOption[]
  close: () => void
}) {
  const insert = (content: { type: string; attrs: Record<string, unknown> }) => {
    editor.chain().focus().insertContent(content).run()
    close()
  }
  switch (picker) {
    case 'link':
      return <LinkPicker editor={editor} close={close} />
    case 'image':
      return <ImagePicker media={media} insert={insert} close={close} />
    case 'related':
      return <RelatedPicker insert={insert} close={close} />
    case 'embed':
      return <EmbedPicker insert={insert} close={close} />
    case 'chart':
      return <ChartPicker datasets={datasets} insert={insert} close={close} />
  }
}

type Insert = (content: { type: string; attrs: Record<string, unknown> }) => void

function LinkPicker({ editor, close }: { editor: Editor; close: () => void }) {
  const current = String(editor.getAttributes('link').href ?? '')
  const [href, setHref] = useState(current)
  const [problem, setProblem] = useState<string | null>(null)
  const apply = () => {
    const value = href.trim()
    if (value === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run()
      close()
      return
    }
    if (!isSafeHref(value)) return setProblem(LINK_REFUSED)
    if (editor.state.selection.empty && !editor.isActive('link')) return setProblem('Pilih dulu teks yang akan dijadikan tautan.')
    editor.chain().focus().extendMarkRange('link').setLink({ href: value }).run()
    close()
  }
  return (
    <Dialog title="Tautan" close={close}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          apply()
        }}
      >
        <label className="block text-sm font-semibold">
          Alamat
          <input
            value={href}
            onChange={(event) => setHref(event.target.value)}
            placeholder="https://… atau /news/…"
            autoFocus
            aria-invalid={problem ? true : undefined}
            aria-describedby="link-help"
            className={field}
          />
          <span id="link-help" className="mt-1 block text-xs font-normal text-muted">
            Alamat http(s):// atau jalur di situs ini. Kosongkan untuk menghapus tautan.
          </span>
        </label>
        <Problem message={problem} />
        <div className="mt-3 flex gap-2">
          <button type="submit" className={primary}>
            Pasang tautan
          </button>
        </div>
      </form>
    </Dialog>
  )
}

function ImagePicker({ media, insert, close }: { media: DeskMediaOption[]; insert: Insert; close: () => void }) {
  const [chosen, setChosen] = useState<DeskMediaOption | null>(null)
  const [alt, setAlt] = useState('')
  const [caption, setCaption] = useState('')
  const [credit, setCredit] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const choose = (item: DeskMediaOption) => {
    setChosen(item)
    setAlt(item.alt)
    setCaption(item.caption ?? '')
    setCredit(item.credit ?? '')
    setProblem(null)
  }
  const submit = () => {
    if (!chosen) return setProblem('Pilih gambar dari pustaka.')
    if (alt.trim() === '') return setProblem('Teks alternatif wajib diisi.')
    insert({
      type: 'deskImage',
      attrs: { mediaId: chosen.id, alt: alt.trim(), caption: caption.trim(), credit: credit.trim(), src: chosen.thumb },
    })
  }
  return (
    <Dialog title="Sisipkan gambar" close={close}>
      <fieldset>
        <legend className="text-sm font-semibold">Pustaka gambar</legend>
        <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4">
          {media.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                onClick={() => choose(item)}
                aria-pressed={chosen?.id === item.id}
                className={`block w-full overflow-hidden rounded-md border-2 text-left focus-visible:outline-2 focus-visible:outline-brand ${
                  chosen?.id === item.id ? 'border-brand' : 'border-transparent'
                }`}
              >
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={item.thumb}
                  alt={item.alt}
                  width={160}
                  height={90}
                  loading="lazy"
                  className="aspect-video w-full bg-wash object-cover"
                />
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      {chosen && (
        <div className="mt-4 grid gap-3">
          <label className="block text-sm font-semibold">
            Teks alternatif (wajib)
            <input value={alt} onChange={(event) => setAlt(event.target.value)} maxLength={300} required className={field} />
          </label>
          <label className="block text-sm font-semibold">
            Keterangan
            <input value={caption} onChange={(event) => setCaption(event.target.value)} maxLength={300} className={field} />
          </label>
          <label className="block text-sm font-semibold">
            Kredit
            <input value={credit} onChange={(event) => setCredit(event.target.value)} maxLength={300} className={field} />
          </label>
        </div>
      )}
      <Problem message={problem} />
      <button type="button" onClick={submit} className={`${primary} mt-2`}>
        Sisipkan gambar
      </button>
    </Dialog>
  )
}

function RelatedPicker({ insert, close }: { insert: Insert; close: () => void }) {
  const [q, setQ] = useState('')
  const [results, setResults] = useState<{ id: number; title: string; path: string }[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const timer = setTimeout(() => {
      searchDeskArticles(q.slice(0, 100))
        .then((found) => {
          if (!live) return
          setResults(found)
          setProblem(null)
        })
        .catch(() => live && setProblem('Pencarian gagal. Coba lagi.'))
    }, 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [q])
  return (
    <Dialog title="Baca juga" close={close}>
      <label className="block text-sm font-semibold">
        Cari judul berita
        <input type="search" value={q} onChange={(event) => setQ(event.target.value)} maxLength={100} autoFocus className={field} />
      </label>
      <Problem message={problem} />
      <p className="sr-only" aria-live="polite">
        {results ? `${results.length} berita ditemukan.` : ''}
      </p>
      {results && results.length === 0 && <p className="text-sm text-muted">Tidak ada berita terbit dengan judul itu.</p>}
      <ul className="flex flex-col divide-y divide-line">
        {results?.map((article) => (
          <li key={article.id}>
            <button
              type="button"
              onClick={() => insert({ type: 'deskRelated', attrs: { articleId: article.id, title: article.title } })}
              className="block w-full px-2 py-2 text-left hover:bg-wash focus-visible:outline-2 focus-visible:outline-brand"
            >
              <span className="block font-semibold">{article.title}</span>
              <span className="block text-xs text-muted">{article.path}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}

function EmbedPicker({ insert, close }: { insert: Insert; close: () => void }) {
  const [url, setUrl] = useState('')
  const [title, setTitle] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const submit = () => {
    const found = embedFromUrl(url)
    if (!found) return setProblem('Alamat tidak dikenali. Tempel tautan video YouTube, siniar Spotify atau unggahan X.')
    if (title.trim() === '') return setProblem('Judul sematan wajib diisi (dibaca pembaca sebelum konten dimuat).')
    insert({ type: 'deskEmbed', attrs: { provider: found.provider, id: found.id, title: title.trim().slice(0, 200) } })
  }
  return (
    <Dialog title="Sematan" close={close}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
        className="grid gap-3"
      >
        <label className="block text-sm font-semibold">
          Alamat YouTube, Spotify atau X
          <input
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder="https://youtu.be/…"
            autoFocus
            className={field}
          />
        </label>
        <label className="block text-sm font-semibold">
          Judul
          <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} className={field} />
        </label>
        <Problem message={problem} />
        <div>
          <button type="submit" className={primary}>
            Sisipkan sematan
          </button>
        </div>
      </form>
    </Dialog>
  )
}

function ChartPicker({ datasets, insert, close }: { datasets: DeskDatasetOption[]; insert: Insert; close: () => void }) {
  const [datasetId, setDatasetId] = useState(datasets[0]?.id ?? 0)
  const [chart, setChart] = useState<'line' | 'bar'>('line')
  const dataset = datasets.find((item) => item.id === datasetId)
  return (
    <Dialog title="Grafik" close={close}>
      <div className="grid gap-3">
        <label className="block text-sm font-semibold">
          Data
          <select value={datasetId} onChange={(event) => setDatasetId(Number(event.target.value))} className={field}>
            {datasets.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend className="text-sm font-semibold">Jenis grafik</legend>
          <div className="mt-1 flex gap-4 text-sm">
            {(
              [
                ['line', 'Garis'],
                ['bar', 'Batang'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2">
                <input type="radio" name="desk-chart-kind" checked={chart === value} onChange={() => setChart(value)} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <button
            type="button"
            disabled={!dataset}
            onClick={() => dataset && insert({ type: 'deskChart', attrs: { chart, datasetId: dataset.id, title: dataset.title } })}
            className={primary}
          >
            Sisipkan grafik
          </button>
        </div>
      </div>
    </Dialog>
  )
}
