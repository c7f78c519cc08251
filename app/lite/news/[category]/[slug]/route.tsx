import ArticlePage, { generateMetadata } from '@/app/(site)/news/[category]/[slug]/page'
import { StaticDocument } from '@/components/static-document'
import { getArticle } from '@/db/queries/articles'
import { renderToHtml } from '@/lib/server/static-render'
import { isValidSlug } from '@/lib/slug'
import { listRecentArticleParams } from '@/db/queries/articles'

export const revalidate = 300
export const generateStaticParams = () => listRecentArticleParams(60)

type Params = { params: Promise<{ category: string; slug: string }> }

/** The article as static HTML with islands (docs/decisions/013): no framework runtime in the page. */
export async function GET(_request: Request, { params }: Params) {
  const { category, slug } = await params
  if (!isValidSlug(category) || !isValidSlug(slug) || !getArticle(category, slug)) {
    return new Response('Berita tidak ditemukan.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const page = { params: Promise.resolve({ category, slug }) }
  const html = await renderToHtml(
    <StaticDocument metadata={await generateMetadata(page)}>
      <ArticlePage {...page} />
    </StaticDocument>,
  )
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}
