import { Link } from './link'
import { categoryPath } from '@/lib/paths'
import { navCategories } from '@/lib/server/site'
import { t, verticals } from '@/lib/strings'
import { isStaticRender } from '@/lib/server/static-render'
import { AccountMenu } from './account-menu.client'
import { Logo } from './logo'

export async function SiteHeader() {
  const categories = await navCategories()
  return (
    <header className="border-b border-line bg-paper">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-3">
        <Link href="/" aria-label={`${t.siteName}: ${t.home}`} className="shrink-0">
          <Logo />
        </Link>
        <p className="hidden text-sm text-muted md:block">{t.tagline}</p>
        <div className="flex min-w-0 items-center gap-0.5 sm:gap-1">
          <Link href="/search" className="rounded-full px-2 py-2 text-sm font-semibold hover:bg-wash sm:px-3">
            <span aria-hidden="true">⌕</span>
            <span className="sr-only sm:not-sr-only sm:ml-1">{t.search}</span>
          </Link>
          {isStaticRender() ? <AccountCorner /> : <AccountMenu />}
        </div>
      </div>
      <nav aria-label={t.mainMenu} className="bg-brand text-white">
        <ul className="scrollbar-none mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-[15px] font-semibold">
          <li>
            <Link href="/news" className="block px-3 py-2.5 whitespace-nowrap hover:bg-brand-dark">
              {t.news}
            </Link>
          </li>
          {verticals.map((vertical) => (
            <li key={vertical.href}>
              <Link href={vertical.href} className="block px-3 py-2.5 whitespace-nowrap hover:bg-brand-dark">
                {vertical.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Kategori berita" className="border-b border-line bg-paper">
        <ul className="scrollbar-none mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm text-ink">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link href={categoryPath(category.slug)} className="block px-3 py-2 whitespace-nowrap hover:text-brand hover:underline">
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}

/** The account corner of a static page, served only to readers who have not signed in: sign-in links. */
function AccountCorner() {
  return (
    <nav aria-label="Akun" data-island="account" className="flex items-center gap-2 text-sm font-semibold">
      <a href="/login" data-back="" className="rounded-full px-2 py-2 hover:bg-wash sm:px-3">
        Masuk
      </a>
      <a href="/register" data-back="" className="rounded-full bg-brand px-3 py-2 text-white hover:bg-brand-dark sm:px-4">
        Daftar
      </a>
    </nav>
  )
}
