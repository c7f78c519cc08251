import { Link } from './link'
import { t } from '@/lib/strings'

export type Crumb = { href: string; label: string }

export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label={t.breadcrumb} className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-muted">
        <li>
          <Link href="/" className="hover:text-brand hover:underline">
            {t.home}
          </Link>
        </li>
        {items.map((item, index) => (
          <li key={item.href} className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            <Link
              href={item.href}
              aria-current={index === items.length - 1 ? 'page' : undefined}
              className={`hover:text-brand hover:underline ${index === items.length - 1 ? 'font-semibold text-brand' : ''}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}
