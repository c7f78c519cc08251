import { describe, expect, it } from 'vitest'

// The desk's title filters (its list and the "Baca juga" picker) ignore case on both dialects,
// as moderation's do (db/text.ts), and find `%` and `_` as typed.
const { listDeskArticles } = await import('@/db/queries/desk')
const { searchPublishedNewsByTitle } = await import('@/db/queries/desk-pickers')
const { createArticle, createCategory } = await import('@/tests/factories')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()

async function articlesTitled(...titles: string[]) {
  const category = await createCategory(db(), { slug: 'nasional' })
  for (const [i, title] of titles.entries()) await createArticle(db(), { categoryId: category.id, slug: `berita-${i}`, title })
}

describe('desk title filters', () => {
  it('the desk list ignores case and takes wildcards literally', async () => {
    await articlesTitled('Pertemuan NATO di Brussel', 'Harga naik 50% sepekan', 'Harga naik 500 rupiah', 'Kode a_b', 'Kode axb')
    const titles = async (q: string) => (await listDeskArticles({ q }, new Date())).items.map((a) => a.title).sort()
    expect(await titles('nato')).toEqual(['Pertemuan NATO di Brussel'])
    expect(await titles('HARGA NAIK')).toEqual(['Harga naik 50% sepekan', 'Harga naik 500 rupiah'])
    expect(await titles('50%')).toEqual(['Harga naik 50% sepekan'])
    expect(await titles('a_b')).toEqual(['Kode a_b'])
  })

  it('the "Baca juga" picker ignores case and takes wildcards literally', async () => {
    await articlesTitled('Pertemuan NATO di Brussel', 'Harga naik 50% sepekan', 'Harga naik 500 rupiah')
    const titles = async (q: string) => (await searchPublishedNewsByTitle(q, 10, new Date())).map((a) => a.title).sort()
    expect(await titles('Nato')).toEqual(['Pertemuan NATO di Brussel'])
    expect(await titles('50%')).toEqual(['Harga naik 50% sepekan'])
  })
})
