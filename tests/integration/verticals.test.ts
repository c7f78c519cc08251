import { describe, expect, it } from 'vitest'
import { getPiece, interactiveFormats, listPieces } from '@/db/queries/articles'
import { getDatasetBySlug, listDatasets } from '@/db/queries/datasets'
import { getJob, jobFacets, listOpenJobs } from '@/db/queries/jobs'
import { createArticle, createCategory, createDataset, createJob, createPoll } from '@/tests/factories'
import { setupTestDatabase } from '../setup/db'

const db = setupTestDatabase()
const day = 86_400_000

describe('jobs', () => {
  it('lists open jobs only, newest first, with filters from the URL', async () => {
    await createJob(db(), {
      slug: 'a',
      location: 'Jakarta',
      type: 'penuh-waktu',
      field: 'Teknologi',
      postedAt: new Date(Date.now() - 3 * day),
    })
    await createJob(db(), { slug: 'b', location: 'Surabaya', type: 'magang', field: 'Jurnalistik', postedAt: new Date(Date.now() - day) })
    await createJob(db(), { slug: 'lewat', location: 'Bandung', deadline: new Date(Date.now() - day) })
    const page = { limit: 10, offset: 0 }

    expect((await listOpenJobs({}, page)).items.map((j) => j.slug)).toEqual(['b', 'a'])
    expect((await listOpenJobs({ location: 'Jakarta' }, page)).items.map((j) => j.slug)).toEqual(['a'])
    expect(await listOpenJobs({ type: 'magang', field: 'Jurnalistik' }, page)).toMatchObject({ total: 1 })
    expect((await listOpenJobs({ location: 'Bandung' }, page)).total).toBe(0)
    expect((await jobFacets()).locations).toEqual(['Jakarta', 'Surabaya'])
    expect((await getJob('lewat'))?.slug).toBe('lewat')
  })
})

describe('pointer', () => {
  it('loads a pointer with its ordered points and keeps it out of the news lists', async () => {
    const category = await createCategory(db(), { slug: 'politik' })
    await createArticle(db(), {
      kind: 'pointer',
      categoryId: category.id,
      slug: 'poin-pilkada',
      title: 'Poin Pilkada',
      body: [
        { type: 'paragraph', text: 'Pengantar.' },
        { type: 'point', heading: 'Satu', text: 'Pertama.', source: 'KPU' },
        { type: 'point', heading: 'Dua', text: 'Kedua.', source: 'Bawaslu', sourceUrl: 'https://www.bawaslu.go.id' },
      ],
    })
    expect((await listPieces('pointer', { limit: 10 })).map((p) => p.slug)).toEqual(['poin-pilkada'])
    expect(
      (await getPiece('pointer', 'poin-pilkada'))?.body.filter((b) => b.type === 'point').map((b) => b.type === 'point' && b.heading),
    ).toEqual(['Satu', 'Dua'])
    expect(await getPiece('pointer', 'tidak-ada')).toBeNull()
  })
})

describe('data stories', () => {
  it('resolve their charts to stored datasets, in order, and drop a chart whose dataset is gone', async () => {
    const category = await createCategory(db(), { slug: 'ekonomi' })
    const dataset = await createDataset(db(), {
      slug: 'inflasi',
      title: 'Inflasi',
      series: [
        {
          name: 'Inflasi',
          points: [
            { label: '2022', value: 5.51 },
            { label: '2023', value: 2.61 },
          ],
        },
        {
          name: 'Inti',
          points: [
            { label: '2022', value: 3.36 },
            { label: '2023', value: 1.8 },
          ],
        },
      ],
    })
    await createArticle(db(), {
      kind: 'data',
      categoryId: category.id,
      slug: 'cerita-inflasi',
      body: [
        { type: 'paragraph', text: 'Pembuka.' },
        { type: 'chart', chart: 'line', datasetId: dataset.id },
        { type: 'chart', chart: 'bar', datasetId: 999 },
      ],
    })
    const story = await getPiece('data', 'cerita-inflasi')
    expect(story?.body.map((b) => b.type)).toEqual(['paragraph', 'chart'])
    const chart = story?.body[1]
    expect(chart?.type === 'chart' && chart.dataset.series).toEqual([
      {
        name: 'Inflasi',
        points: [
          { label: '2022', value: 5.51 },
          { label: '2023', value: 2.61 },
        ],
      },
      {
        name: 'Inti',
        points: [
          { label: '2022', value: 3.36 },
          { label: '2023', value: 1.8 },
        ],
      },
    ])
    expect(await getDatasetBySlug('inflasi')).toMatchObject({ unit: 'persen', dimension: 'Tahun', source: 'BPS' })
    expect(await getDatasetBySlug('tidak-ada')).toBeNull()
    expect((await listDatasets()).map((d) => d.slug)).toEqual(['inflasi'])
    expect((await listPieces('data', { limit: 5 })).map((p) => p.slug)).toEqual(['cerita-inflasi'])
    expect(await getPiece('pointer', 'cerita-inflasi')).toBeNull()
  })
})

describe('interaktif', () => {
  it('resolves a poll with its options and whether it has closed; quiz and timeline pass through', async () => {
    const category = await createCategory(db(), { slug: 'politik' })
    const open = await createPoll(db(), { options: ['Ya', 'Tidak', 'Belum tahu'] })
    const closed = await createPoll(db(), { closesAt: new Date(Date.now() - day) })
    const quiz = { prompt: 'Berapa?', options: ['1', '2'], answer: 1, explanation: 'Dua.' }
    await createArticle(db(), {
      kind: 'interactive',
      categoryId: category.id,
      slug: 'jajak',
      body: [
        { type: 'poll', pollId: open.id },
        { type: 'poll', pollId: closed.id },
        { type: 'poll', pollId: 999 },
        { type: 'quiz', questions: [quiz] },
        { type: 'timeline', title: 'Kronologi', events: [{ date: '1 Juli', heading: 'Awal', text: 'Mulai.' }] },
      ],
    })
    const quizOnly = await createArticle(db(), {
      kind: 'interactive',
      categoryId: category.id,
      slug: 'kuis',
      body: [
        { type: 'paragraph', text: 'x' },
        { type: 'quiz', questions: [quiz] },
      ],
    })
    const plain = await createArticle(db(), { kind: 'interactive', categoryId: category.id, slug: 'polos' })
    const piece = (await listPieces('interactive', { limit: 5 })).find((p) => p.slug === 'jajak')!
    expect(await interactiveFormats([piece.id, quizOnly.id, plain.id])).toEqual(
      new Map([
        [piece.id, 'poll'],
        [quizOnly.id, 'quiz'],
      ]),
    )
    const body = (await getPiece('interactive', 'jajak'))?.body ?? []
    expect(body.map((b) => (b.type === 'poll' ? [b.poll.options.map((o) => o.label), b.poll.closed] : b.type))).toEqual([
      [['Ya', 'Tidak', 'Belum tahu'], false],
      [['Ya', 'Tidak'], true],
      'quiz',
      'timeline',
    ])
  })
})
