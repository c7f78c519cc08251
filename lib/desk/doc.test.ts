import { describe, expect, it } from 'vitest'
import type { BodyBlock } from '@/db/schema'
import { blocksToDoc, docToBlocks } from './doc'

const every: BodyBlock[] = [
  { type: 'paragraph', text: 'Polos saja.' },
  {
    type: 'paragraph',
    text: 'Tebal dan miring bertumpuk, lalu tautan.',
    marks: [
      { type: 'bold', from: 0, to: 16 },
      { type: 'italic', from: 10, to: 26 },
      { type: 'link', from: 33, to: 39, href: 'https://bmkg.go.id/' },
    ],
  },
  {
    type: 'paragraph',
    text: 'Dua tautan berdampingan',
    marks: [
      { type: 'link', from: 0, to: 3, href: '/nasional/a' },
      { type: 'italic', from: 2, to: 10 },
      { type: 'link', from: 3, to: 10, href: '/nasional/b' },
    ],
  },
  { type: 'paragraph', text: 'Baris satu\nbaris dua 😀 emoji', marks: [{ type: 'bold', from: 5, to: 22 }] },
  { type: 'heading', text: 'Subjudul' },
  { type: 'quote', text: 'Kami siaga.', cite: 'Kepala BPBD' },
  { type: 'quote', text: 'Baris\nkedua' },
  { type: 'list', ordered: false, items: ['Satu', 'Dua'] },
  { type: 'list', ordered: true, items: ['Pertama'] },
  { type: 'image', mediaId: 3, alt: 'Warga', caption: 'Pengungsian', credit: 'FAKTA/Ari' },
  { type: 'image', mediaId: 4, alt: 'Sungai' },
  { type: 'related', articleId: 12 },
  { type: 'embed', provider: 'youtube', id: 'M7lc1UVf-VE', title: 'Video' },
  { type: 'embed', provider: 'spotify', id: 'episode/4rOoJ6Egrf8KSAUHxTYQUd', title: 'Siniar' },
  { type: 'embed', provider: 'x', id: '1234567890', title: 'Unggahan' },
  { type: 'chart', chart: 'line', datasetId: 2 },
]

describe('blocks and the editor document', () => {
  it('round-trips every desk block unchanged', () => {
    expect(docToBlocks(blocksToDoc(every))).toEqual(every)
    for (const block of every) expect(docToBlocks(blocksToDoc([block]))).toEqual([block])
  })

  it('maps marks onto Tiptap marks with the link href', () => {
    const doc = blocksToDoc([every[1]!])
    expect(doc.content?.[0]?.content).toEqual([
      { type: 'text', text: 'Tebal dan ', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'miring', marks: [{ type: 'bold' }, { type: 'italic' }] },
      { type: 'text', text: ' bertumpuk', marks: [{ type: 'italic' }] },
      { type: 'text', text: ', lalu ' },
      { type: 'text', text: 'tautan', marks: [{ type: 'link', attrs: { href: 'https://bmkg.go.id/' } }] },
      { type: 'text', text: '.' },
    ])
    expect(blocksToDoc([every[3]!]).content?.[0]?.content?.map((node) => node.type)).toEqual(['text', 'text', 'hardBreak', 'text', 'text'])
  })

  it('fills display-only attributes that the blocks do not keep', () => {
    const doc = blocksToDoc([every[9]!, every[11]!, every[15]!], {
      mediaSrc: (id) => `/media/${id}-320.webp`,
      relatedTitle: () => 'Banjir kemarin',
      datasetTitle: () => 'Curah hujan',
    })
    expect(doc.content?.map((node) => node.attrs)).toEqual([
      { mediaId: 3, alt: 'Warga', caption: 'Pengungsian', credit: 'FAKTA/Ari', src: '/media/3-320.webp' },
      { articleId: 12, title: 'Banjir kemarin' },
      { chart: 'line', datasetId: 2, title: 'Curah hujan' },
    ])
    expect(docToBlocks(doc)).toEqual([every[9], every[11], every[15]])
  })

  it('reads what the editor makes: empty paragraphs dropped, other marks and nodes flattened', () => {
    expect(blocksToDoc([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'bold' }, { type: 'strike' }] },
            { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
          ],
        },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Sub', marks: [{ type: 'italic' }] }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'kode' }] },
        { type: 'horizontalRule' },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Luar' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph' }] },
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'Induk' }] },
                {
                  type: 'orderedList',
                  content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Anak' }] }] }],
                },
              ],
            },
          ],
        },
      ],
    }
    expect(docToBlocks(doc)).toEqual([
      { type: 'paragraph', text: 'ab', marks: [{ type: 'bold', from: 0, to: 2 }] },
      { type: 'heading', text: 'Sub' },
      { type: 'paragraph', text: 'kode' },
      { type: 'list', ordered: false, items: ['Luar', 'Induk', 'Anak'] },
    ])
  })
})
