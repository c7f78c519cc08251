import { hasHero, HeroPicture } from './hero-picture'
import { Link } from './link'
import type { ArticleCard as Card } from '@/db/queries/articles'
import { formatShortDate, formatWib } from '@/lib/format'
import { articlePath, categoryPath } from '@/lib/paths'

function Kicker({ category }: { category: Card['category'] }) {
  return (
    <Link href={categoryPath(category.slug)} className="text-xs font-bold tracking-wide text-brand uppercase hover:underline">
      {category.name}
    </Link>
  )
}

function Time({ date, long = false }: { date: Date; long?: boolean }) {
  return (
    <time dateTime={date.toISOString()} className="text-xs text-muted">
      {long ? formatWib(date) : formatShortDate(date)}
    </time>
  )
}

/** The home page's lead story: big picture, big headline, the summary. */
export function LeadStory({ article }: { article: Card }) {
  return (
    <article className="group">
      {hasHero(article) && (
        <Link href={articlePath(article)} tabIndex={-1} aria-hidden="true" className="block overflow-hidden rounded-md">
          <HeroPicture
            article={article}
            alt=""
            width={1200}
            height={675}
            sizes="(min-width: 1024px) 720px, 100vw"
            preload
            className="aspect-video w-full bg-wash object-cover"
          />
        </Link>
      )}
      <div className="mt-3">
        <Kicker category={article.category} />
        <h2 className="mt-1 font-serif text-2xl leading-tight font-bold md:text-[2rem]">
          <Link href={articlePath(article)} className="hover:text-brand">
            {article.title}
          </Link>
        </h2>
        <p className="mt-2 text-base leading-relaxed text-muted">{article.summary}</p>
        <p className="mt-2">
          <Time date={article.publishedAt} long />
        </p>
      </div>
    </article>
  )
}

/** A picture-on-top card for grids. */
export function StoryCard({
  article,
  headingLevel = 3,
  href = articlePath(article),
}: {
  article: Card
  headingLevel?: 2 | 3
  href?: string
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article>
      {hasHero(article) && (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="block overflow-hidden rounded-md">
          <HeroPicture
            article={article}
            alt=""
            width={480}
            height={270}
            sizes="(min-width: 1024px) 280px, (min-width: 640px) 45vw, 100vw"
            className="aspect-video w-full bg-wash object-cover"
          />
        </Link>
      )}
      <div className="mt-2">
        <Kicker category={article.category} />
        <Heading className="mt-1 font-serif text-lg leading-snug font-bold">
          <Link href={href} className="hover:text-brand">
            {article.title}
          </Link>
        </Heading>
        <p className="mt-1">
          <Time date={article.publishedAt} />
        </p>
      </div>
    </article>
  )
}

/** A row with a thumbnail beside the headline and summary, for list pages. */
export function StoryRow({ article, href = articlePath(article), label }: { article: Card; href?: string; label?: string }) {
  return (
    <article className="flex gap-4 border-b border-line py-4 first:pt-0">
      <div className="min-w-0 flex-1">
        {label ? (
          <span className="text-xs font-bold tracking-wide text-brand uppercase">{label}</span>
        ) : (
          <Kicker category={article.category} />
        )}
        <h2 className="mt-1 font-serif text-lg leading-snug font-bold md:text-xl">
          <Link href={href} className="hover:text-brand">
            {article.title}
          </Link>
        </h2>
        <p className="mt-1 line-clamp-2 hidden text-sm leading-relaxed text-muted sm:block">{article.summary}</p>
        <p className="mt-1">
          <Time date={article.publishedAt} long />
        </p>
      </div>
      {hasHero(article) && (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="shrink-0">
          <HeroPicture
            article={article}
            alt=""
            width={240}
            height={135}
            sizes="(min-width: 640px) 240px, 112px"
            className="aspect-video w-28 rounded bg-wash object-cover sm:w-60"
          />
        </Link>
      )}
    </article>
  )
}

/** A numbered or plain headline-only item for sidebars. */
export function HeadlineItem({ article, rank }: { article: Card; rank?: number }) {
  return (
    <li className="flex gap-3 border-b border-line py-3 last:border-b-0">
      {rank != null && (
        <span className="w-6 shrink-0 font-serif text-2xl leading-none font-black text-brand/70" aria-hidden="true">
          {rank}
        </span>
      )}
      <div className="min-w-0">
        <Link href={articlePath(article)} className="font-serif text-[15px] leading-snug font-semibold hover:text-brand">
          {article.title}
        </Link>
        <p className="mt-1 text-xs text-muted">
          {article.category.name} · <Time date={article.publishedAt} />
        </p>
      </div>
    </li>
  )
}
