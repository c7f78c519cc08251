import { Fragment, type ReactNode } from 'react'
import { BodyEmbed } from './body-embed'
import { Chart } from './chart'
import { Link } from './link'
import { MediaPicture } from './media-picture'
import type { ResolvedBlock } from '@/db/queries/articles'
import type { TextMark } from '@/db/schema'
import { isSafeHref } from '@/lib/body'
import { articlePath } from '@/lib/paths'
import { t } from '@/lib/strings'

/**
 * A paragraph's text with its bold, italic and links. Ranges may overlap: the text is cut at
 * every edge, runs under one link share one anchor, and inside it each piece gets its own
 * <strong>/<em>. Only http(s) addresses and site paths become links, whatever was stored.
 */
function Inline({ text, marks = [] }: { text: string; marks?: TextMark[] }) {
  const valid = marks.filter((mark) => Number.isInteger(mark.from) && Number.isInteger(mark.to) && mark.from < mark.to)
  if (valid.length === 0) return <>{text}</>
  const cuts = new Set([0, text.length])
  for (const mark of valid) {
    cuts.add(Math.max(0, Math.min(text.length, mark.from)))
    cuts.add(Math.max(0, Math.min(text.length, mark.to)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  type Piece = { text: string; bold: boolean; italic: boolean; href: string | null }
  const runs: { href: string | null; pieces: Piece[] }[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!
    const to = points[i + 1]!
    if (from === to) continue
    const covering = valid.filter((mark) => mark.from <= from && mark.to >= to)
    const link = covering.find((mark) => mark.type === 'link')
    const href = link && link.type === 'link' && isSafeHref(link.href) ? link.href : null
    const piece = {
      text: text.slice(from, to),
      bold: covering.some((mark) => mark.type === 'bold'),
      italic: covering.some((mark) => mark.type === 'italic'),
      href,
    }
    const last = runs.at(-1)
    if (last && last.href === href && href !== null) last.pieces.push(piece)
    else runs.push({ href, pieces: [piece] })
  }
  const styled = (piece: Piece, key: number): ReactNode => {
    if (piece.bold) return <strong key={key}>{piece.italic ? <em>{piece.text}</em> : piece.text}</strong>
    return piece.italic ? <em key={key}>{piece.text}</em> : piece.text
  }
  return (
    <>
      {runs.map((run, index) => {
        const content = run.pieces.map(styled)
        if (run.href === null) return <Fragment key={index}>{content}</Fragment>
        const className = 'text-brand underline underline-offset-2 hover:text-brand-dark'
        return run.href.startsWith('/') ? (
          <Link key={index} href={run.href} className={className}>
            {content}
          </Link>
        ) : (
          <a key={index} href={run.href} rel="noopener" className={className}>
            {content}
          </a>
        )
      })}
    </>
  )
}

/**
 * The story text: the dateline opens the first paragraph and the agency tag closes the last, as
 * in print. Everything is rendered as text.
 */
export function ArticleBody({ blocks, dateline, sourceTag }: { blocks: ResolvedBlock[]; dateline: string; sourceTag: string | null }) {
  const paragraphs = blocks.flatMap((block, index) => (block.type === 'paragraph' ? [index] : []))
  const first = paragraphs[0]
  const last = paragraphs.at(-1)
  return (
    <div className="article-body font-serif text-[1.1875rem] leading-[1.75] text-ink">
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={index} className="mb-5 whitespace-pre-line">
                {index === first && <strong className="font-sans text-[0.95em] font-bold">FAKTA.COM, {dateline} - </strong>}
                <Inline text={block.text} marks={block.marks} />
                {index === last && sourceTag && <> ({sourceTag})</>}
              </p>
            )
          case 'heading':
            return (
              <h2 key={index} className="mt-8 mb-3 font-sans text-[1.375rem] leading-snug font-extrabold tracking-tight">
                {block.text}
              </h2>
            )
          case 'quote':
            return (
              <blockquote key={index} className="my-6 border-l-4 border-brand pl-5">
                <p className="text-[1.25rem] leading-relaxed whitespace-pre-line italic">{block.text}</p>
                {block.cite && (
                  <footer className="mt-2 font-sans text-sm text-muted">
                    — <cite className="not-italic">{block.cite}</cite>
                  </footer>
                )}
              </blockquote>
            )
          case 'list': {
            const items = block.items.map((item, i) => <li key={i}>{item}</li>)
            return block.ordered ? (
              <ol key={index} className="mb-5 list-decimal space-y-1 pl-7">
                {items}
              </ol>
            ) : (
              <ul key={index} className="mb-5 list-disc space-y-1 pl-7">
                {items}
              </ul>
            )
          }
          case 'image':
            return (
              <figure key={index} className="my-6">
                <MediaPicture
                  item={{ ...block.media, alt: block.alt }}
                  sizes="(min-width: 1024px) 720px, 100vw"
                  className="h-auto w-full rounded-md bg-wash"
                />
                {(block.caption || block.credit) && (
                  <figcaption className="mt-2 font-sans text-sm leading-snug text-muted">
                    {block.caption}
                    {block.caption && block.credit && ' '}
                    {block.credit && <span>({block.credit})</span>}
                  </figcaption>
                )}
              </figure>
            )
          case 'related':
            return (
              <aside key={index} aria-label={t.readAlso} className="mb-5 border-l-4 border-brand bg-brand-soft/60 py-3 pr-3 pl-4 font-sans">
                <span className="block text-xs font-bold tracking-wide text-brand uppercase">{t.readAlso}</span>
                <Link href={articlePath(block.article)} className="text-base leading-snug font-semibold hover:underline">
                  {block.article.title}
                </Link>
              </aside>
            )
          case 'embed':
            return (
              <div key={index} className="my-6">
                <BodyEmbed provider={block.provider} id={block.id} title={block.title} />
              </div>
            )
          case 'chart':
            return (
              <div key={index} className="my-6 font-sans">
                <Chart kind={block.chart} dataset={block.dataset} />
              </div>
            )
          default:
            // Points, polls, quizzes and timelines are laid out by their verticals' pages.
            return null
        }
      })}
    </div>
  )
}
