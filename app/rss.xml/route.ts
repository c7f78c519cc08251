import { newsFeed } from '@/lib/server/feeds'

export const revalidate = 300

export function GET() {
  return newsFeed({ title: 'FAKTA.COM: Berita Terkini', path: '/' })
}
