import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { PieceFrame } from '@/components/piece-frame'
import { getArticlePreview } from '@/db/queries/articles'
import { articlePath, categoryPath } from '@/lib/paths'
import { verifyPreviewToken } from '@/lib/server/preview'
import { t } from '@/lib/strings'

// A preview is of the draft as it is now, for whoever holds the link: never cached, never indexed.
export const dynamic = 'force-dynamic'
export const revalidate = 0
export const fetchCache = 'force-no-store'

type Params = { params: Promise<{ token: string }> }

const load = cache(async (token: string) => {
  const now = new Date()
  const verified = token.length <= 1000 ? verifyPreviewToken(token, now) : null
  const article = verified ? await getArticlePreview(verified.articleId, now) : null
  if (!article) return null
  // A draft has no publication time yet: it shows as if published now.
  return article.publishedAt.getTime() === 0 ? { ...article, publishedAt: now } : article
})

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = await load((await params).token)
  return {
    title: article ? `Pratinjau: ${article.title}` : 'Pratinjau tidak ditemukan',
    robots: { index: false, follow: false, nocache: true },
    referrer: 'no-referrer',
  }
}

/** A draft as readers will see it, through a signed link that needs no account (lib/server/preview.ts). */
export default async function PreviewPage({ params }: Params) {
  const article = await load((await params).token)
  if (!article) notFound()
  return (
    <>
      <div role="note" className="border-b-4 border-amber-400 bg-amber-100 px-4 py-3 text-center font-bold text-amber-900">
        Pratinjau — belum terbit. Jangan sebarkan tautan ini.
      </div>
      <PieceFrame
        piece={article}
        path={articlePath(article)}
        crumbs={[
          { href: '/news', label: t.news },
          { href: categoryPath(article.category.slug), label: article.category.name },
        ]}
      />
    </>
  )
}
