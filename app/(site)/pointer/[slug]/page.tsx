import Image from 'next/image'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { Breadcrumb } from '@/components/breadcrumb'
import { JsonLd } from '@/components/json-ld'
import { Link } from '@/components/link'
import { ShareBlock } from '@/components/share-block'
import { Sidebar } from '@/components/sidebar'
import { getPointer, listPointers } from '@/db/queries/articles'
import { articleMetadata, newsArticleJsonLd } from '@/lib/article-meta'
import { getEnv } from '@/lib/env'
import { formatWib } from '@/lib/format'
import { articlePath, authorPath, tagPath } from '@/lib/paths'
import { isValidSlug } from '@/lib/slug'

export const revalidate = 300

type Props = { params: Promise<{ slug: string }> }
const load = cache((slug: string) => (isValidSlug(slug) ? getPointer(slug) : null))

export const generateStaticParams = () => listPointers({ limit: 200 }).map((p) => ({ slug: p.slug }))

export async function generateMetadata({ params }: Props) {
  const pointer = load((await params).slug)
  if (!pointer) return {}
  const meta = articleMetadata(pointer)
  return { ...meta, alternates: { canonical: `/pointer/${pointer.slug}` }, openGraph: { ...meta.openGraph, url: `/pointer/${pointer.slug}` } }
}

/** A topic told as ordered key points, each with its source, and the news it explains. */
export default async function PointerPage({ params }: Props) {
  const pointer = load((await params).slug)
  if (!pointer) notFound()
  const path = `/pointer/${pointer.slug}`
  const [intro] = pointer.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))
  const points = pointer.body.flatMap((b) => (b.type === 'point' ? [b] : []))
  const related = pointer.body.flatMap((b) => (b.type === 'related' ? [b.article] : []))
  return (
    <main className="mx-auto max-w-6xl px-4 pt-6">
      <JsonLd data={{ ...newsArticleJsonLd(pointer), url: `${getEnv().SITE_URL}${path}`, mainEntityOfPage: `${getEnv().SITE_URL}${path}` }} />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
        <article className="min-w-0 lg:max-w-[720px]">
          <Breadcrumb items={[{ href: '/pointer', label: 'Pointer' }]} />
          <h1 className="mt-3 font-serif text-[1.75rem] leading-tight font-bold md:text-[2.5rem]">{pointer.title}</h1>
          {pointer.heroImage && (
            <figure className="mt-5">
              <Image src={pointer.heroImage} alt={pointer.heroAlt} width={1200} height={675} sizes="(min-width: 1024px) 720px, 100vw" preload className="aspect-video w-full rounded-md bg-wash object-cover" />
              <figcaption className="mt-2 text-sm text-muted">
                {pointer.heroCaption} ({pointer.heroCredit})
              </figcaption>
            </figure>
          )}
          <p className="mt-4 text-sm text-muted">
            {pointer.author && (
              <>
                Penulis:{' '}
                <Link href={authorPath(pointer.author.slug)} className="font-semibold text-ink hover:underline">
                  {pointer.author.name}
                </Link>{' '}
                ·{' '}
              </>
            )}
            <time dateTime={pointer.publishedAt.toISOString()}>{formatWib(pointer.publishedAt)}</time>
          </p>
          {intro && <p className="mt-6 font-serif text-xl leading-relaxed">{intro}</p>}
          <ol aria-label="Poin penting" className="mt-6 space-y-5">
            {points.map((point, index) => (
              <li key={index} className="flex gap-4">
                <span aria-hidden="true" className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand font-bold text-white">
                  {index + 1}
                </span>
                <div>
                  <h2 className="text-lg font-extrabold">{point.heading}</h2>
                  <p className="mt-1 font-serif text-lg leading-relaxed">{point.text}</p>
                  <p className="mt-1 text-sm text-muted">
                    Sumber:{' '}
                    {point.sourceUrl ? (
                      <a href={point.sourceUrl} rel="noopener nofollow" className="underline">
                        {point.source}
                      </a>
                    ) : (
                      point.source
                    )}
                  </p>
                </div>
              </li>
            ))}
          </ol>
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
          {pointer.tags.length > 0 && (
            <p className="mt-6 flex flex-wrap gap-2 text-sm">
              {pointer.tags.map((tag) => (
                <Link key={tag.slug} href={tagPath(tag.slug)} className="rounded-full bg-wash px-3 py-1.5 hover:bg-brand-soft">
                  {tag.name}
                </Link>
              ))}
            </p>
          )}
          <ShareBlock url={`${getEnv().SITE_URL}${path}`} title={pointer.title} />
        </article>
        <aside aria-label="Berita lainnya" className="lg:pt-8">
          <Sidebar />
        </aside>
      </div>
    </main>
  )
}
