import { describe, expect, it } from 'vitest'
import { searchSite } from '@/lib/server/search'
import { toMatchExpression } from '@/lib/search-query'
import { eq } from 'drizzle-orm'
import { articles, episodes, jobs, programs } from '@/db/tables'
import { createArticle, createCategory, createJob } from '@/tests/factories'
import { setupTestDatabase } from '../setup/db'
import { prepareDemo, seedDemoHere } from '../setup/demo'

const db = setupTestDatabase()
prepareDemo()
const find = async (q: string) => {
  const expression = toMatchExpression(q)
  return expression ? await searchSite(expression, { limit: 10, offset: 0 }) : { items: [], total: 0 }
}

describe('search', () => {
  it('finds the seed article first for "Stoltenberg", with the hit marked', async () => {
    await seedDemoHere()
    const { items, total } = await find('Stoltenberg')
    expect(total).toBeGreaterThan(0)
    expect(items[0]?.slug).toBe('nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir')
    expect(items[0]?.snippet).toContain('\u0002Stoltenberg\u0003')
  })

  it('folds case and diacritics and matches word prefixes', async () => {
    const category = await createCategory(db())
    await createArticle(db(), {
      categoryId: category.id,
      title: 'Kafe di Jakarta Ramai',
      body: [{ type: 'paragraph', text: 'Pengunjung CAFÉ bertambah.' }],
    })
    expect((await find('café')).total).toBe(1)
    expect((await find('KAFE')).total).toBe(1)
    expect((await find('jakar')).total).toBe(1)
  })

  it('finds Pointer explainers too', async () => {
    const category = await createCategory(db())
    await createArticle(db(), { kind: 'pointer', categoryId: category.id, title: 'Poin penting trenggiling' })
    expect((await find('trenggiling')).items.map((hit) => hit.kind)).toEqual(['pointer'])
  })

  it('indexes the key points of an explainer, and finds data stories and Interaktif pieces', async () => {
    const category = await createCategory(db())
    await createArticle(db(), {
      kind: 'pointer',
      categoryId: category.id,
      title: 'Poin penting',
      body: [{ type: 'point', heading: 'Komodo dilindungi', text: 'Satwa endemik Nusa Tenggara Timur.', source: 'KLHK' }],
    })
    await createArticle(db(), {
      kind: 'data',
      categoryId: category.id,
      title: 'Data cengkih',
      body: [{ type: 'paragraph', text: 'Ekspor cengkih naik.' }],
    })
    await createArticle(db(), {
      kind: 'interactive',
      categoryId: category.id,
      title: 'Kuis cengkih',
      body: [{ type: 'paragraph', text: 'Seberapa paham?' }],
    })
    expect((await find('komodo')).items.map((hit) => hit.kind)).toEqual(['pointer'])
    expect((await find('endemik')).total).toBe(1)
    expect((await find('cengkih')).items.map((hit) => hit.kind).sort()).toEqual(['data', 'interactive'])
  })

  it('finds open job listings and Program episodes, and follows their changes', async () => {
    const day = 86_400_000
    const job = await createJob(db(), {
      slug: 'analis-data',
      title: 'Analis Data Senior',
      company: 'PT Angka',
      requirements: ['Mahir PostgreSQL.'],
    })
    await createJob(db(), { slug: 'lama', title: 'Analis Data Lama', deadline: new Date(Date.now() - day) })
    const [program] = await db()
      .insert(programs)
      .values({ slug: 'siniar', title: 'Siniar Pagi', format: 'podcast', description: 'Obrolan.', host: 'Tim', image: '/i.jpg' })
      .returning()
    if (!program) throw new Error('the program was not created')
    await db()
      .insert(episodes)
      .values({
        programId: program.id,
        title: 'Harga cabai',
        description: 'Mengapa cabai mahal.',
        publishedAt: new Date(Date.now() - day),
        durationSeconds: 60,
        provider: 'spotify',
        mediaId: 'x',
      })

    expect((await find('postgresql')).items).toMatchObject([
      { kind: 'job', slug: 'analis-data', href: '/jobs/analis-data', kicker: 'Jobs · PT Angka · Penuh waktu' },
    ])
    // An expired listing keeps its page but leaves the search.
    expect((await find('analis')).items.map((hit) => hit.slug)).toEqual(['analis-data'])
    expect((await find('cabai')).items).toMatchObject([
      { kind: 'episode', slug: 'siniar', href: expect.stringMatching(/^\/program\/siniar#episode-\d+$/), kicker: 'Program · Siniar Pagi' },
    ])
    expect((await find('siniar pagi')).total).toBe(1)
    // A hit in the title alone shows the description under it, not the title twice.
    expect((await find('harga')).items[0]?.snippet).toBe('Mengapa cabai mahal.')
    await db().update(jobs).set({ title: 'Editor Foto' }).where(eq(jobs.id, job.id))
    expect((await find('senior')).total).toBe(0)
    expect((await find('editor foto')).total).toBe(1)
    await db().delete(jobs).where(eq(jobs.id, job.id))
    expect((await find('postgresql')).total).toBe(0)
  })

  it('shows only published news and follows edits and deletions', async () => {
    const category = await createCategory(db())
    await createArticle(db(), { categoryId: category.id, title: 'Draf rahasia zebra', status: 'draft' })
    const live = await createArticle(db(), { categoryId: category.id, title: 'Berita jerapah' })
    expect((await find('zebra')).total).toBe(0)
    await db().update(articles).set({ title: 'Berita gajah', summary: 'Ringkas', body: [] }).where(eq(articles.id, live.id))
    expect((await find('jerapah')).total).toBe(0)
    expect((await find('gajah')).total).toBe(1)
    await db().delete(articles).where(eq(articles.id, live.id))
    expect((await find('gajah')).total).toBe(0)
  })

  it.each(['"', 'NEAR(', 'a OR', '*', `${'x'.repeat(10_000)}`, 'stoltenberg"'])('absurd input %# runs without error', async (q) => {
    await seedDemoHere()
    await expect(find(q)).resolves.toHaveProperty('total')
  })
})
