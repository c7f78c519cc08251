import Page, { generateMetadata, generateStaticParams } from '@/app/(site)/news/[category]/[slug]/page'
import { staticGone, staticPage } from '@/components/static-document'
import { articleMiss } from '@/lib/server/article-miss'

// The page's static twin for anonymous readers (lib/http/static-pages.ts, docs/decisions/013).
export const revalidate = 300
export const dynamic = 'force-static'
export { generateStaticParams }

const render = staticPage(Page, generateMetadata)

type Context = { params: Promise<{ category: string; slug: string }> }

/**
 * The article as static HTML; when there is none, a moved article's 308 to its current path or
 * a taken-down article's 410 notice (docs/decisions/019). Only a miss asks the database more.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const response = await render(request, context)
  if (response.status !== 404) return response
  const { category, slug } = await context.params
  const miss = await articleMiss(category, slug)
  if (miss?.kind === 'moved') return new Response(null, { status: 308, headers: { Location: miss.to } })
  if (miss?.kind === 'gone') return staticGone(miss.takedown)
  return response
}
