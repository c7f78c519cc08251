import { Link } from './link'
import type { ResolvedBlock } from '@/db/queries/articles'
import { articlePath } from '@/lib/paths'
import { t } from '@/lib/strings'

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
              <p key={index} className="mb-5">
                {index === first && <strong className="font-sans text-[0.95em] font-bold">FAKTA.COM, {dateline} - </strong>}
                {block.text}
                {index === last && sourceTag && <> ({sourceTag})</>}
              </p>
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
          case 'point':
            return null
        }
      })}
    </div>
  )
}
