import { listFirstPage } from '@/components/listings'
import { listCategories } from '@/db/queries/taxonomy'
import { cacheTags, tagRender } from '@/lib/server/revalidate'

export const revalidate = 300
export const generateStaticParams = async () => (await listCategories()).map((category) => ({ category: category.slug }))

const list = listFirstPage('category')
export const generateMetadata = list.generateMetadata
type Props = Parameters<typeof list.Page>[0]

/** The list, tagged so that a desk change refreshes it (lib/server/revalidate.ts). */
export default async function Page(props: Props) {
  await tagRender(cacheTags.content)
  return list.Page(props)
}
