import { getDatasetBySlug, listDatasets } from '@/db/queries/datasets'
import { toCsv } from '@/lib/charts'
import { isValidSlug } from '@/lib/slug'

export const revalidate = 300
export const generateStaticParams = async () => (await listDatasets()).map((d) => ({ slug: d.slug }))

/** A dataset as CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const dataset = isValidSlug(slug) ? await getDatasetBySlug(slug) : null
  if (!dataset) return new Response('Set data tidak ditemukan.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return new Response(`\uFEFF${toCsv(dataset.dimension, dataset.series)}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${dataset.slug}.csv"`,
    },
  })
}
