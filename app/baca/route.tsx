import Page from '@/app/(site)/page'
import { staticPage } from '@/components/static-document'
import { siteMetadata } from '@/lib/server/site'

// The page's static twin for anonymous readers (lib/http/static-pages.ts, docs/decisions/013).
export const revalidate = 300
export const dynamic = 'force-static'
export const GET = staticPage(Page, siteMetadata)
