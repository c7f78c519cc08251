import { z } from 'zod'
import { addViews, existingArticleIds } from '@/db/queries/views'
import { isBot, ViewBuffer } from '@/lib/view-buffer'
import { log } from '@/lib/log'

const FLUSH_MS = 10_000

type Shared = { buffer: ViewBuffer; timer: NodeJS.Timeout }
const globals = globalThis as { __faktaViews?: Shared }

function buffer(): ViewBuffer {
  if (!globals.__faktaViews) {
    const views = new ViewBuffer((counts, hour) => {
      try {
        const known = existingArticleIds([...counts.keys()])
        addViews(new Map([...counts].filter(([id]) => known.has(id))), hour)
      } catch (error) {
        log.error('views.flush_failed', { error: String(error) })
      }
    })
    const timer = setInterval(() => views.flush(), FLUSH_MS)
    timer.unref()
    globals.__faktaViews = { buffer: views, timer }
  }
  return globals.__faktaViews.buffer
}

const beacon = z.object({ id: z.number().int().positive().max(2 ** 31) })

/** The article page's view beacon. Always 204: a reader's page never waits on or sees an error. */
export async function POST(request: Request) {
  if (isBot(request.headers.get('user-agent'))) return new Response(null, { status: 204 })
  const text = await request.text().catch(() => '')
  if (text.length > 200) return new Response(null, { status: 413 })
  let parsed
  try {
    parsed = beacon.safeParse(JSON.parse(text))
  } catch {
    return new Response(null, { status: 400 })
  }
  if (!parsed.success) return new Response(null, { status: 400 })
  const visitor = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'direct'
  buffer().add(parsed.data.id, `${visitor}|${request.headers.get('user-agent')}`)
  return new Response(null, { status: 204 })
}
