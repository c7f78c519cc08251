import { z } from 'zod'
import { addViews, existingArticleIds } from '@/db/queries/views'
import { clientIp } from '@/lib/auth/client-ip'
import { readBody } from '@/lib/http/body'
import { BODY_LIMITS } from '@/lib/http/limits'
import { isBot, ViewBuffer } from '@/lib/view-buffer'
import { log } from '@/lib/log'

const FLUSH_MS = 10_000

type Shared = { buffer: ViewBuffer; timer: NodeJS.Timeout }
const globals = globalThis as { __faktaViews?: Shared }

async function writeViews(counts: Map<number, number>, hour: number): Promise<void> {
  try {
    const known = await existingArticleIds([...counts.keys()])
    await addViews(new Map([...counts].filter(([id]) => known.has(id))), hour)
  } catch (error) {
    log.error('views.flush_failed', { error: String(error) })
  }
}

function buffer(): ViewBuffer {
  if (!globals.__faktaViews) {
    const views = new ViewBuffer((counts, hour) => void writeViews(counts, hour))
    const timer = setInterval(() => views.flush(), FLUSH_MS)
    timer.unref()
    globals.__faktaViews = { buffer: views, timer }
  }
  return globals.__faktaViews.buffer
}

const beacon = z.object({
  id: z
    .number()
    .int()
    .positive()
    .max(2 ** 31),
})

/**
 * The article page's view beacon: 204 for a beacon, counted once per client address and article
 * an hour (lib/view-buffer.ts); a reader's page never waits on it. A body past 256 bytes is a 413.
 */
export async function POST(request: Request) {
  const body = await readBody(request, BODY_LIMITS.views)
  if (!body.ok) return body.response
  if (isBot(request.headers.get('user-agent'))) return new Response(null, { status: 204 })
  let parsed
  try {
    parsed = beacon.safeParse(JSON.parse(body.text))
  } catch {
    return new Response(null, { status: 400 })
  }
  if (!parsed.success) return new Response(null, { status: 400 })
  buffer().add(parsed.data.id, clientIp(request.headers))
  return new Response(null, { status: 204 })
}
