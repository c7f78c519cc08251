import type { Metadata, Viewport } from 'next'
import { SiteFooter } from '@/components/site-footer'
import { SiteHeader } from '@/components/site-header'
import { siteMetadata } from '@/lib/server/site'
import { t } from '@/lib/strings'
import './globals.css'

export const metadata: Metadata = siteMetadata

export const viewport: Viewport = {
  themeColor: '#c40f2b',
  width: 'device-width',
  initialScale: 1,
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
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
    </html>
  )
}
