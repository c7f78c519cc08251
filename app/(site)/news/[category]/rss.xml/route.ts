import { getCategory, listCategories } from '@/db/queries/taxonomy'
import { newsFeed } from '@/lib/server/feeds'
import { isValidSlug } from '@/lib/slug'
import { cacheTags, tagRender } from '@/lib/server/revalidate'

export const revalidate = 300
export const generateStaticParams = async () => (await listCategories()).map((category) => ({ category: category.slug }))

export async function GET(_request: Request, { params }: { params: Promise<{ category: string }> }) {
  await tagRender(cacheTags.content)
  const { category: slug } = await params
  const category = isValidSlug(slug) ? await getCategory(slug) : null
  if (!category) return new Response('Kategori tidak ditemukan.', { status: 404 })
  return newsFeed({ categorySlug: category.slug, title: `FAKTA.COM: ${category.name}`, path: `/news/${category.slug}` })
}
