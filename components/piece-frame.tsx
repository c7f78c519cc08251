import Image from 'next/image'
import type { ReactNode } from 'react'
import type { ArticleDetail } from '@/db/queries/articles'
import { newsArticleJsonLd } from '@/lib/article-meta'
import { getEnv } from '@/lib/env'
import { formatWib } from '@/lib/format'
import { articlePath, authorPath, tagPath } from '@/lib/paths'
import type { Crumb } from './breadcrumb'
import { Breadcrumb } from './breadcrumb'
import { JsonLd } from './json-ld'
import { Link } from './link'
import { ShareBlock } from './share-block'
import { Sidebar } from './sidebar'

/**
 * The page of a vertical's piece (Pointer, Data, Interaktif): heading, optional hero, byline,
 * the piece itself, then related news, tags, sharing and the sidebar.
 */
export function PieceFrame({
  piece,
  path,
  crumbs,
  hero = true,
  children,
}: {
  piece: ArticleDetail
  path: string
  crumbs: Crumb[]
  hero?: boolean
  children: ReactNode
}) {
  const url = `${getEnv().SITE_URL}${path}`
  const related = piece.body.flatMap((b) => (b.type === 'related' ? [b.article] : []))
  return (
    <main className="mx-auto max-w-6xl px-4 pt-6">
      <JsonLd data={{ ...newsArticleJsonLd(piece), url, mainEntityOfPage: url }} />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
        <article className="min-w-0 lg:max-w-[720px]">
          <Breadcrumb items={crumbs} />
          <h1 className="mt-3 font-serif text-[1.75rem] leading-tight font-bold md:text-[2.5rem]">{piece.title}</h1>
          {hero && piece.heroImage && (
            <figure className="mt-5">
              <Image src={piece.heroImage} alt={piece.heroAlt} width={1200} height={675} sizes="(min-width: 1024px) 720px, 100vw" preload className="aspect-video w-full rounded-md bg-wash object-cover" />
              <figcaption className="mt-2 text-sm text-muted">
                {piece.heroCaption} ({piece.heroCredit})
              </figcaption>
            </figure>
          )}
          <p className="mt-4 text-sm text-muted">
            {piece.author && (
              <>
                Penulis:{' '}
                <Link href={authorPath(piece.author.slug)} className="font-semibold text-ink hover:underline">
                  {piece.author.name}
                </Link>{' '}
                ·{' '}
              </>
            )}
            <time dateTime={piece.publishedAt.toISOString()}>{formatWib(piece.publishedAt)}</time>
          </p>
          {children}
          {related.length > 0 && (
            <section aria-labelledby="berita-terkait" className="mt-8 rounded-md bg-wash p-4">
              <h2 id="berita-terkait" className="font-extrabold">
                Berita terkait
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {related.map((article) => (
                  <li key={article.id}>
                    <Link href={articlePath(article)} className="font-semibold hover:text-brand hover:underline">
                      {article.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {piece.tags.length > 0 && (
            <p className="mt-6 flex flex-wrap gap-2 text-sm">
              {piece.tags.map((tag) => (
                <Link key={tag.slug} href={tagPath(tag.slug)} className="rounded-full bg-wash px-3 py-1.5 hover:bg-brand-soft">
                  {tag.name}
                </Link>
              ))}
            </p>
          )}
          <ShareBlock url={url} title={piece.title} />
        </article>
        <aside aria-label="Berita lainnya" className="lg:pt-8">
          <Sidebar />
        </aside>
      </div>
    </main>
  )
}
