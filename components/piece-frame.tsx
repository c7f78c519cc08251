import type { ReactNode } from 'react'
import type { ArticleDetail } from '@/db/queries/articles'
import { newsArticleJsonLd } from '@/lib/article-meta'
import { getEnv } from '@/lib/env'
import { formatWib } from '@/lib/format'
import { articlePath, authorPath, tagPath } from '@/lib/paths'
import { t } from '@/lib/strings'
import { ArticleBody } from './article-body'
import { ArticleNotes } from './article-notes'
import type { Crumb } from './breadcrumb'
import { Breadcrumb } from './breadcrumb'
import { JsonLd } from './json-ld'
import { hasHero, HeroPicture } from './hero-picture'
import { Link } from './link'
import { ShareBlock } from './share-block'
import { Sidebar } from './sidebar'

const heroProps = (piece: ArticleDetail) => ({
  article: piece,
  width: 1200,
  height: 675,
  sizes: '(min-width: 1024px) 720px, 100vw',
  className: 'aspect-video w-full rounded-md bg-wash object-cover',
})

const authorLabels = { reporter: t.reporter, writer: 'Penulis' } as const

/**
 * The page of a news article and of a vertical's piece (Pointer, Data, Interaktif), in the order
 * of DESIGN section 3: breadcrumb, headline, hero with caption and credit, byline and times, the
 * body, tags, sharing, what the page adds after it (the article's comments), and the sidebar.
 */
export function PieceFrame({
  piece,
  path,
  crumbs,
  hero = true,
  author = 'reporter',
  top,
  children,
  after,
}: {
  piece: ArticleDetail
  path: string
  crumbs: Crumb[]
  /** Whether the hero image shows (a data story opens with its summary and charts instead). */
  hero?: boolean
  /** How the byline names the author: a news article's reporter, a piece's writer. */
  author?: keyof typeof authorLabels
  /** Above the columns (the article's view beacon and leaderboard ad); without it the page
   * starts with the usual top padding. */
  top?: ReactNode
  /** The piece's own body. Without it, the story text with its inline "Baca juga" links; a body
   * of its own gets the related news listed after it. */
  children?: ReactNode
  /** After sharing: the article's data promo and comments. */
  after?: ReactNode
}) {
  const url = `${getEnv().SITE_URL}${path}`
  const related = children ? piece.body.flatMap((b) => (b.type === 'related' ? [b.article] : [])) : []
  return (
    <main className={top ? 'mx-auto max-w-6xl px-4' : 'mx-auto max-w-6xl px-4 pt-6'}>
      <JsonLd data={{ ...newsArticleJsonLd(piece), url, mainEntityOfPage: { '@type': 'WebPage', '@id': url } }} />
      {top}
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
        <article className="min-w-0 lg:max-w-[720px]">
          <Breadcrumb items={crumbs} />
          <h1 className="mt-3 font-serif text-[1.75rem] leading-tight font-bold tracking-tight md:text-[2.5rem]">{piece.title}</h1>

          {hero && hasHero(piece) && (
            <figure className="mt-5">
              <HeroPicture {...heroProps(piece)} alt={piece.heroAlt} preload />
              <figcaption className="mt-2 text-sm leading-snug text-muted">
                {piece.heroCaption} {piece.heroCredit && <span>({piece.heroCredit})</span>}
              </figcaption>
            </figure>
          )}

          <div className="mt-5 flex flex-col gap-1 border-b border-line pb-4 text-sm">
            <p>
              {piece.author && (
                <>
                  {authorLabels[author]}:{' '}
                  {[piece.author, ...piece.coAuthors].map((person, index, all) => (
                    <span key={person.slug}>
                      {index > 0 && (index === all.length - 1 ? ' dan ' : ', ')}
                      <Link href={authorPath(person.slug)} className="font-semibold hover:text-brand hover:underline">
                        {person.name}
                      </Link>
                    </span>
                  ))}
                </>
              )}
              {piece.editor && (
                <>
                  <span aria-hidden="true" className="mx-2 text-line">
                    |
                  </span>
                  {t.editor}:{' '}
                  <Link href={authorPath(piece.editor.slug)} className="font-semibold hover:text-brand hover:underline">
                    {piece.editor.name}
                  </Link>
                </>
              )}
            </p>
            <p className="text-muted">
              <time dateTime={piece.publishedAt.toISOString()}>{formatWib(piece.publishedAt)}</time>
              {piece.updatedAt && piece.updatedAt > piece.publishedAt && (
                <>
                  <span aria-hidden="true" className="mx-2">
                    ·
                  </span>
                  {t.updatedAt} <time dateTime={piece.updatedAt.toISOString()}>{formatWib(piece.updatedAt)}</time>
                </>
              )}
            </p>
          </div>

          <ArticleNotes notes={piece.notes} />

          {children ?? (
            <div className="mt-6">
              <ArticleBody blocks={piece.body} dateline={piece.dateline} sourceTag={piece.sourceTag} />
            </div>
          )}

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
            <section aria-labelledby="tag-heading" className="mt-6 flex flex-wrap items-center gap-2">
              <h2 id="tag-heading" className="mr-1 text-sm font-bold">
                {t.tags}:
              </h2>
              <ul className="flex flex-wrap gap-2">
                {piece.tags.map((tag) => (
                  <li key={tag.slug}>
                    <Link
                      href={tagPath(tag.slug)}
                      className="inline-block rounded-full bg-wash px-3 py-1.5 text-sm font-medium hover:bg-brand-soft hover:text-brand-dark"
                    >
                      {tag.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <ShareBlock url={url} title={piece.title} />

          {after}
        </article>
        <aside aria-label="Berita lainnya" className="lg:pt-8">
          <Sidebar exclude={piece.id} />
        </aside>
      </div>
    </main>
  )
}
