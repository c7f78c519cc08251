// The PostgreSQL search behaves as the SQLite one (tests/integration/search.test.ts).
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { searchAll } from '@/db/queries/search-pg'
import { articles, categories, episodes, jobs, programs } from '@/db/schema-pg'
import type { BodyBlock } from '@/db/schema'
import { toMatchExpression } from '@/lib/search-query'
import { describePg, pgTestDatabase, type PgTestDatabase } from '../setup/pg'

const day = 86_400_000

describePg('search on PostgreSQL', () => {
  let target: PgTestDatabase
  let categoryId: number
  let n = 0

  beforeAll(async () => {
    target = await pgTestDatabase()
  }, 60_000)
  afterAll(async () => {
    await target?.drop()
  })
  beforeEach(async () => {
    await target.db.execute(sql`truncate categories, articles, jobs, programs, episodes, search_documents restart identity cascade`)
    const [category] = await target.db.insert(categories).values({ slug: 'nasional', name: 'Nasional' }).returning()
    categoryId = category?.id ?? 0
  })

  const find = async (q: string) => {
    const expression = toMatchExpression(q)
    return expression ? searchAll(target.db, expression, { limit: 10, offset: 0 }) : { items: [], total: 0 }
  }
  const article = async (values: Partial<typeof articles.$inferInsert> & { title: string; body?: BodyBlock[] }) => {
    const [row] = await target.db
      .insert(articles)
      .values({ slug: `artikel-${++n}`, categoryId, status: 'published', publishedAt: new Date(Date.now() - day), body: [], ...values })
      .returning()
    if (!row) throw new Error('no article')
    return row
  }

  it('folds case and diacritics, matches word prefixes and marks the hit as written', async () => {
    await article({ title: 'Kafe di Jakarta Ramai', body: [{ type: 'paragraph', text: 'Pengunjung CAFÉ bertambah.' }] })
    expect((await find('café')).total).toBe(1)
    expect((await find('KAFE')).total).toBe(1)
    expect((await find('jakar')).total).toBe(1)
    const { items } = await find('cafe')
    expect(items[0]).toMatchObject({
      kind: 'news',
      slug: expect.stringMatching(/^artikel-/),
      categorySlug: 'nasional',
      key: expect.any(Number),
    })
    expect(items[0]?.snippet).toBe('Pengunjung \u0002CAFÉ\u0003 bertambah.')
    expect(items[0]?.titleMarked).toBe('Kafe di Jakarta Ramai')
    expect((await find('kafe jakarta')).items[0]?.titleMarked).toBe('\u0002Kafe\u0003 di \u0002Jakarta\u0003 Ramai')
    expect((await find('kafe bandung')).total).toBe(0)
  })

  it('ranks a hit in the title above one in the body, and the body above the structured blocks', async () => {
    const inBody = await article({ title: 'Laporan pasar', body: [{ type: 'paragraph', text: 'Harga rempah naik di pasar.' }] })
    const inPoint = await article({
      kind: 'pointer',
      title: 'Poin penting',
      body: [{ type: 'point', heading: 'Rempah', text: 'Ekspor naik.', source: 'BPS' }],
    })
    const inTitle = await article({ title: 'Rempah Nusantara', publishedAt: new Date(Date.now() - 30 * day) })
    expect((await find('rempah')).items.map((hit) => hit.key)).toEqual([inTitle.id * 4, inBody.id * 4, inPoint.id * 4])
  })

  it('indexes the key points, quizzes and timelines, and finds data stories and Interaktif pieces', async () => {
    await article({
      kind: 'pointer',
      title: 'Poin penting',
      body: [{ type: 'point', heading: 'Komodo dilindungi', text: 'Satwa endemik Nusa Tenggara Timur.', source: 'KLHK' }],
    })
    await article({ kind: 'data', title: 'Data cengkih', body: [{ type: 'paragraph', text: 'Ekspor cengkih naik.' }] })
    await article({
      kind: 'interactive',
      title: 'Kuis cengkih',
      body: [
        { type: 'quiz', questions: [{ prompt: 'Di mana orangutan hidup?', options: ['a'], answer: 0, explanation: '' }] },
        { type: 'timeline', title: 'Linimasa', events: [{ date: '2024', heading: 'Gunung', text: 'Erupsi Lewotobi.' }] },
      ],
    })
    expect((await find('komodo')).items.map((hit) => hit.kind)).toEqual(['pointer'])
    expect((await find('endemik')).total).toBe(1)
    expect((await find('orangutan')).items.map((hit) => hit.kind)).toEqual(['interactive'])
    expect((await find('lewotobi')).total).toBe(1)
    expect((await find('cengkih')).items.map((hit) => hit.kind).sort()).toEqual(['data', 'interactive'])
  })

  it('finds open job listings and Program episodes, and follows their changes', async () => {
    const jobValues = { company: 'PT Angka', location: 'Jakarta', type: 'penuh-waktu' as const, field: 'Data', description: ['Tim data.'] }
    const [job] = await target.db
      .insert(jobs)
      .values({
        ...jobValues,
        slug: 'analis-data',
        title: 'Analis Data Senior',
        requirements: ['Mahir PostgreSQL.'],
        postedAt: new Date(Date.now() - day),
        deadline: new Date(Date.now() + 30 * day),
      })
      .returning()
    await target.db.insert(jobs).values({
      ...jobValues,
      slug: 'lama',
      title: 'Analis Data Lama',
      requirements: [],
      postedAt: new Date(Date.now() - 60 * day),
      deadline: new Date(Date.now() - day),
    })
    const [program] = await target.db
      .insert(programs)
      .values({ slug: 'siniar', title: 'Siniar Pagi', format: 'podcast', description: 'Obrolan.', host: 'Tim', image: '/i.jpg' })
      .returning()
    await target.db.insert(episodes).values({
      programId: program?.id ?? 0,
      title: 'Harga cabai',
      description: 'Mengapa cabai mahal.',
      publishedAt: new Date(Date.now() - day),
      durationSeconds: 60,
      provider: 'spotify',
      mediaId: 'x',
    })

    expect((await find('postgresql')).items).toMatchObject([
      { kind: 'job', slug: 'analis-data', company: 'PT Angka', jobType: 'penuh-waktu' },
    ])
    // An expired listing keeps its page but leaves the search.
    expect((await find('analis')).items.map((hit) => hit.slug)).toEqual(['analis-data'])
    expect((await find('cabai')).items).toMatchObject([{ kind: 'episode', slug: 'siniar', programTitle: 'Siniar Pagi' }])
    expect((await find('siniar pagi')).total).toBe(1)
    // A hit in the title alone shows the description under it, not the title twice.
    expect((await find('harga')).items[0]?.snippet).toBe('Mengapa cabai mahal.')
    await target.db
      .update(jobs)
      .set({ title: 'Editor Foto' })
      .where(eq(jobs.id, job?.id ?? 0))
    expect((await find('senior')).total).toBe(0)
    expect((await find('editor foto')).total).toBe(1)
    await target.db.delete(jobs).where(eq(jobs.id, job?.id ?? 0))
    expect((await find('postgresql')).total).toBe(0)
  })

  it('shows only published news, and follows edits and deletions', async () => {
    await article({ title: 'Draf rahasia zebra', status: 'draft' })
    await article({ title: 'Terjadwal zebra', publishedAt: new Date(Date.now() + day) })
    const live = await article({ title: 'Berita jerapah' })
    expect((await find('zebra')).total).toBe(0)
    await target.db.update(articles).set({ title: 'Berita gajah', summary: 'Ringkas', body: [] }).where(eq(articles.id, live.id))
    expect((await find('jerapah')).total).toBe(0)
    expect((await find('gajah')).total).toBe(1)
    await target.db.delete(articles).where(eq(articles.id, live.id))
    expect((await find('gajah')).total).toBe(0)
  })

  it('cuts a long body to a marked snippet with ellipses, as FTS5 does', async () => {
    const filler = Array.from({ length: 60 }, (_, i) => `kata${i}`).join(' ')
    await article({ title: 'Panjang', body: [{ type: 'paragraph', text: `${filler} trenggiling ${filler}` }] })
    const snippet = (await find('trenggiling')).items[0]?.snippet ?? ''
    expect(snippet).toMatch(/^….*\u0002trenggiling\u0003.*…$/)
    expect(snippet.split(' ').length).toBeLessThanOrEqual(30)
  })

  it.each(['"', 'NEAR(', 'a OR', '*', `${'x'.repeat(10_000)}`, 'stoltenberg"', "o'brien", '½ ²'])(
    'absurd input %# runs without error',
    async (q) => {
      await article({ title: 'Stoltenberg di Washington' })
      await expect(find(q)).resolves.toBeDefined()
    },
  )
})
