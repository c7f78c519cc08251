// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BodyBlock } from '@/db/schema'

vi.mock('@/lib/server/actions/desk-pickers', () => ({
  searchDeskArticles: async (q: string) =>
    q.includes('banjir') ? [{ id: 7, title: 'Banjir Jakarta', path: '/news/nasional/banjir' }] : [],
}))

const { BodyEditor } = await import('./body-editor.client')

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | null = null
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

async function mount(initial: BodyBlock[], onChange = vi.fn()) {
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  await act(async () => {
    root!.render(
      <>
        <span id="isi-label">Isi berita</span>
        <BodyEditor
          name="body"
          initial={initial}
          media={[{ id: 3, alt: 'Warga mengungsi', caption: 'Pengungsian', credit: 'FAKTA', thumb: '/media/a-320.webp' }]}
          datasets={[{ id: 2, title: 'Curah hujan' }]}
          relatedTitles={{ 12: 'Berita lama' }}
          labelId="isi-label"
          onChange={onChange}
        />
      </>,
    )
  })
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)))
  const hidden = container.querySelector<HTMLInputElement>('input[name="body"]')!
  return { container, blocks: () => JSON.parse(hidden.value) as BodyBlock[], onChange }
}

const button = (label: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!
const click = (label: string) => act(async () => button(label).click())

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

describe('BodyEditor', () => {
  it('holds the body as blocks in the hidden field and labels the editable area', async () => {
    const initial: BodyBlock[] = [
      { type: 'paragraph', text: 'Halo dunia', marks: [{ type: 'bold', from: 0, to: 4 }] },
      { type: 'related', articleId: 12 },
    ]
    const { container, blocks } = await mount(initial)
    expect(blocks()).toEqual(initial)
    const editable = container.querySelector('[contenteditable="true"]')!
    expect(editable.getAttribute('role')).toBe('textbox')
    expect(editable.getAttribute('aria-multiline')).toBe('true')
    expect(editable.getAttribute('aria-labelledby')).toBe('isi-label')
    expect(container.textContent).toContain('Baca juga: Berita lama')
    expect(container.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe('Format isi berita')
    for (const label of [
      'Paragraf',
      'Subjudul',
      'Kutipan',
      'Daftar',
      'Daftar bernomor',
      'Tebal',
      'Miring',
      'Tautan',
      'Gambar',
      'Baca juga',
      'Sematan',
      'Grafik',
    ]) {
      expect(button(label), label).toBeTruthy()
    }
  })

  it('turns a paragraph into a subheading and reports the change', async () => {
    const { blocks, onChange } = await mount([{ type: 'paragraph', text: 'Judul kecil' }])
    expect(button('Subjudul').getAttribute('aria-pressed')).toBe('false')
    await click('Subjudul')
    expect(blocks()).toEqual([{ type: 'heading', text: 'Judul kecil' }])
    expect(onChange).toHaveBeenCalled()
    expect(button('Subjudul').getAttribute('aria-pressed')).toBe('true')
  })

  it('refuses a script link with a message', async () => {
    const { blocks } = await mount([{ type: 'paragraph', text: 'Teks' }])
    await click('Tautan')
    const input = document.querySelector<HTMLInputElement>('dialog input')!
    await type(input, 'javascript:alert(1)')
    await click('Pasang tautan')
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/http\(s\)/)
    expect(blocks()).toEqual([{ type: 'paragraph', text: 'Teks' }])
  })

  it('inserts an embed from a pasted address, and removes a card', async () => {
    const { blocks } = await mount([
      { type: 'paragraph', text: 'Teks' },
      { type: 'related', articleId: 12 },
    ])
    await click('Sematan')
    const [url, title] = document.querySelectorAll<HTMLInputElement>('dialog input')
    await type(url!, 'https://evil.example/video')
    await type(title!, 'Video banjir')
    await click('Sisipkan sematan')
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/tidak dikenali/)
    await type(url!, 'https://youtu.be/M7lc1UVf-VE')
    await click('Sisipkan sematan')
    expect(blocks()).toContainEqual({ type: 'embed', provider: 'youtube', id: 'M7lc1UVf-VE', title: 'Video banjir' })
    const card = [...document.querySelectorAll('[data-drag-handle]')].find((element) =>
      element.textContent?.includes('Baca juga: Berita lama'),
    )!
    await act(async () => card.querySelector('button')!.click())
    expect(blocks().some((block) => block.type === 'related')).toBe(false)
  })

  it('inserts an image with its alt text, a related article and a chart', async () => {
    const { blocks } = await mount([{ type: 'paragraph', text: 'Teks' }])
    await click('Gambar')
    await act(async () => document.querySelector<HTMLButtonElement>('dialog ul button')!.click())
    const alt = document.querySelector<HTMLInputElement>('dialog input')!
    expect(alt.value).toBe('Warga mengungsi')
    await type(alt, '')
    await click('Sisipkan gambar')
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('Teks alternatif wajib diisi.')
    await type(alt, 'Pengungsi di masjid')
    await click('Sisipkan gambar')

    await click('Baca juga')
    await type(document.querySelector<HTMLInputElement>('dialog input')!, 'banjir')
    await act(async () => new Promise((resolve) => setTimeout(resolve, 300)))
    await act(async () => document.querySelector<HTMLButtonElement>('dialog ul button')!.click())

    await click('Grafik')
    await click('Sisipkan grafik')

    // Inserted where the cursor was: at the start of the body.
    expect(blocks()).toEqual([
      { type: 'image', mediaId: 3, alt: 'Pengungsi di masjid', caption: 'Pengungsian', credit: 'FAKTA' },
      { type: 'related', articleId: 7 },
      { type: 'chart', chart: 'line', datasetId: 2 },
      { type: 'paragraph', text: 'Teks' },
    ])
  })
})
