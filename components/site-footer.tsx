import { Link } from './link'
import { categoryPath } from '@/lib/paths'
import { navCategories } from '@/lib/server/site'
import { t, verticals } from '@/lib/strings'
import { Logo } from './logo'

export async function SiteFooter() {
  const categories = await navCategories()
  return (
    <footer className="mt-12 bg-ink text-white">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-[2fr_1fr_1fr_1fr]">
        <div>
          <Logo inverted />
          <p className="mt-3 max-w-sm text-sm leading-relaxed text-white/85">{t.footerAbout}</p>
        </div>
        <FooterList title={t.news} links={categories.map((c) => ({ href: categoryPath(c.slug), label: c.name }))} />
        <FooterList title="Rubrik" links={verticals.map((v) => ({ href: v.href, label: v.label }))} />
        <FooterList
          title={t.siteName}
          links={[
            { href: '/news', label: t.allNews },
            ...verticals.slice(0, 1).map((v) => ({ href: v.href, label: v.label })),
            { href: '/koreksi', label: 'Koreksi' },
          ]}
        />
      </div>
      <div className="border-t border-white/15">
        <p className="mx-auto max-w-6xl px-4 py-4 text-xs text-white/80">{t.copyright(new Date().getFullYear())}</p>
      </div>
    </footer>
  )
}

function FooterList({ title, links }: { title: string; links: { href: string; label: string }[] }) {
  return (
    <div>
      <h2 className="text-sm font-bold tracking-wide uppercase">{title}</h2>
      <ul className="mt-3 space-y-1.5 text-sm text-white/85">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="hover:text-white hover:underline">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
