import { statementCount } from '@/db/client'
import { checkDatabase } from '@/db/queries/health'

export const dynamic = 'force-dynamic'

/** Liveness and a database round trip. `statements` counts SQL run by this process so far. */
export function GET() {
  const statements = statementCount()
  try {
    checkDatabase()
    return Response.json({ ok: true, database: 'ok', statements }, { headers: { 'Cache-Control': 'no-store' } })
  } catch {
    return Response.json({ ok: false, database: 'unavailable', statements }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
  }
}
