import type { ReactNode } from 'react'
import { t } from '@/lib/strings'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'

/** Every page's body: skip link, header, the page, footer (the root layout's and the static pages'). */
export function SiteBody({ children }: { children: ReactNode }) {
  return (
    <body className="flex min-h-screen flex-col">
      <a href="#konten" className="sr-only z-50 bg-brand px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
        {t.skipToContent}
      </a>
      <SiteHeader />
      <div id="konten" className="flex-1">
        {children}
      </div>
      <SiteFooter />
    </body>
  )
}
