import { Link } from './link'
import { t } from '@/lib/strings'

/** Previous/next and nearby page numbers; every page is its own static URL. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null
  const near = [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b)
  const item = 'inline-flex h-10 min-w-10 items-center justify-center rounded-full px-3 text-sm font-semibold'
  return (
    <nav aria-label={t.pagination} className="mt-8 flex flex-wrap items-center justify-center gap-1">
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev" className={`${item} border border-line hover:border-ink`}>
          ← {t.previous}
        </Link>
      )}
      {near.map((n, index) => (
        <span key={n} className="flex items-center gap-1">
          {index > 0 && n - (near[index - 1] ?? n) > 1 && <span className="px-1 text-muted">…</span>}
          {n === page ? (
            <span aria-current="page" className={`${item} bg-ink text-white`}>
              <span className="sr-only">{t.page(n)}</span>
              <span aria-hidden="true">{n}</span>
            </span>
          ) : (
            <Link href={href(n)} className={`${item} hover:bg-wash`} aria-label={t.page(n)}>
              {n}
            </Link>
          )}
        </span>
      ))}
      {page < pages && (
        <Link href={href(page + 1)} rel="next" className={`${item} border border-line hover:border-ink`}>
          {t.next} →
        </Link>
      )}
    </nav>
  )
}
