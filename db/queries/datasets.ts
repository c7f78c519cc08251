import 'server-only'
import { asc, eq, inArray } from 'drizzle-orm'
import { getDb } from '../client'
import { datasets, datasetValues } from '../tables'

export type SeriesPoint = { label: string; value: number }
export type Series = { name: string; points: SeriesPoint[] }
export type Dataset = {
  id: number
  slug: string
  title: string
  description: string
  unit: string
  dimension: string
  source: string
  sourceUrl: string | null
  period: string
  series: Series[]
}

/** Datasets by id, each with its series in stored order. */
export async function getDatasets(ids: number[]): Promise<Map<number, Dataset>> {
  if (ids.length === 0) return new Map()
  const db = getDb()
  const rows = await db
    .select({
      id: datasets.id,
      slug: datasets.slug,
      title: datasets.title,
      description: datasets.description,
      unit: datasets.unit,
      dimension: datasets.dimension,
      source: datasets.source,
      sourceUrl: datasets.sourceUrl,
      period: datasets.period,
    })
    .from(datasets)
    .where(inArray(datasets.id, ids))
  const values = await db
    .select()
    .from(datasetValues)
    .where(inArray(datasetValues.datasetId, ids))
    .orderBy(asc(datasetValues.datasetId), asc(datasetValues.position))
  return new Map(
    rows.map((row) => {
      const series = new Map<string, SeriesPoint[]>()
      for (const value of values) {
        if (value.datasetId !== row.id) continue
        const points = series.get(value.series) ?? []
        points.push({ label: value.label, value: value.value })
        series.set(value.series, points)
      }
      return [row.id, { ...row, series: [...series].map(([name, points]) => ({ name, points })) }]
    }),
  )
}

export async function getDatasetBySlug(slug: string): Promise<Dataset | null> {
  const [row] = await getDb().select({ id: datasets.id }).from(datasets).where(eq(datasets.slug, slug)).limit(1)
  return row ? ((await getDatasets([row.id])).get(row.id) ?? null) : null
}

/** Every stored dataset, for the open-data list and the CSV routes. */
export async function listDatasets() {
  return await getDb()
    .select({ slug: datasets.slug, title: datasets.title, unit: datasets.unit, source: datasets.source, period: datasets.period })
    .from(datasets)
    .orderBy(asc(datasets.title))
}
