import { describe, expect, it } from 'vitest'
import { getPointer, listPointers } from '@/db/queries/articles'
import { getJob, jobFacets, listOpenJobs } from '@/db/queries/jobs'
import { createArticle, createCategory, createJob } from '../factories'
import { setupTestDatabase } from '../setup/db'

const db = setupTestDatabase()
const day = 86_400_000

describe('jobs', () => {
  it('lists open jobs only, newest first, with filters from the URL', () => {
    createJob(db(), { slug: 'a', location: 'Jakarta', type: 'penuh-waktu', field: 'Teknologi', postedAt: new Date(Date.now() - 3 * day) })
    createJob(db(), { slug: 'b', location: 'Surabaya', type: 'magang', field: 'Jurnalistik', postedAt: new Date(Date.now() - day) })
    createJob(db(), { slug: 'lewat', location: 'Bandung', deadline: new Date(Date.now() - day) })
    const page = { limit: 10, offset: 0 }

    expect(listOpenJobs({}, page).items.map((j) => j.slug)).toEqual(['b', 'a'])
    expect(listOpenJobs({ location: 'Jakarta' }, page).items.map((j) => j.slug)).toEqual(['a'])
    expect(listOpenJobs({ type: 'magang', field: 'Jurnalistik' }, page)).toMatchObject({ total: 1 })
    expect(listOpenJobs({ location: 'Bandung' }, page).total).toBe(0)
    expect(jobFacets().locations).toEqual(['Jakarta', 'Surabaya'])
    expect(getJob('lewat')?.slug).toBe('lewat')
  })
})

describe('pointer', () => {
  it('loads a pointer with its ordered points and keeps it out of the news lists', () => {
    const category = createCategory(db(), { slug: 'politik' })
    createArticle(db(), {
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
    expect(listPointers({ limit: 10 }).map((p) => p.slug)).toEqual(['poin-pilkada'])
    expect(getPointer('poin-pilkada')?.body.filter((b) => b.type === 'point').map((b) => b.type === 'point' && b.heading)).toEqual(['Satu', 'Dua'])
    expect(getPointer('tidak-ada')).toBeNull()
  })
})
