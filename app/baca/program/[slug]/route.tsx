import Page, { generateMetadata, generateStaticParams } from '@/app/(site)/program/[slug]/page'
import { staticPage } from '@/components/static-document'

// The page's static twin for anonymous readers (lib/http/static-pages.ts, docs/decisions/013).
export const revalidate = 300
export const dynamic = 'force-static'
export { generateStaticParams }
export const GET = staticPage(Page, generateMetadata)
