import type { Metadata, Viewport } from 'next'
import { SiteBody } from '@/components/site-body'
import { siteMetadata } from '@/lib/server/site'
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
      <SiteBody>{children}</SiteBody>
    </html>
  )
}
