import { newsFeed } from '@/lib/server/feeds'
import { cacheTags, tagRender } from '@/lib/server/revalidate'

export const revalidate = 300

export async function GET() {
  await tagRender(cacheTags.content)
  return newsFeed({ title: 'FAKTA.COM: Berita Terkini', path: '/' })
}
