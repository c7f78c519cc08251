import { describe, expect, it } from 'vitest'
import { bodyLines, changed, diffLines } from './diff'

describe('diffLines', () => {
  it('keeps equal lines and marks nothing', () => {
    const lines = diffLines(['a', 'b'], ['a', 'b'])
    expect(lines).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'same', text: 'b' },
    ])
    expect(changed(lines)).toBe(false)
  })

  it('marks a changed line as removed then added, in reading order', () => {
    expect(diffLines(['Judul', 'Paragraf lama', 'Penutup'], ['Judul', 'Paragraf baru', 'Penutup'])).toEqual([
      { kind: 'same', text: 'Judul' },
      { kind: 'removed', text: 'Paragraf lama' },
      { kind: 'added', text: 'Paragraf baru' },
      { kind: 'same', text: 'Penutup' },
    ])
  })

  it('finds insertions and deletions around common lines', () => {
    const lines = diffLines(['a', 'b', 'c'], ['x', 'a', 'c', 'y'])
    expect(lines).toEqual([
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'y' },
    ])
    expect(changed(lines)).toBe(true)
  })

  it('handles empty sides', () => {
    expect(diffLines([], ['a'])).toEqual([{ kind: 'added', text: 'a' }])
    expect(diffLines(['a'], [])).toEqual([{ kind: 'removed', text: 'a' }])
    expect(diffLines([], [])).toEqual([])
  })

  it('treats lines as text, markup included', () => {
    expect(diffLines(['<script>'], ['<script>'])).toEqual([{ kind: 'same', text: '<script>' }])
  })

  it('does not build a huge table for a huge body: shows it replaced whole', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`)
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`)
    const lines = diffLines(before, after)
    expect(lines).toHaveLength(6000)
    expect(lines[0]).toEqual({ kind: 'removed', text: 'a0' })
    expect(lines[5999]).toEqual({ kind: 'added', text: 'b2999' })
  })
})

describe('bodyLines', () => {
  it('turns blocks into comparable lines', () => {
    expect(
      bodyLines([
        { type: 'heading', text: 'Latar' },
        { type: 'paragraph', text: 'Satu.' },
        { type: 'list', ordered: true, items: ['a', 'b'] },
        { type: 'image', mediaId: 4, alt: 'Foto', caption: 'Ket' },
        { type: 'chart', chart: 'bar', datasetId: 2 },
      ]),
    ).toEqual(['## Latar', 'Satu.', '1. a', '2. b', '[Gambar #4] Foto · Ket', '[Grafik batang: data #2]'])
  })
})
