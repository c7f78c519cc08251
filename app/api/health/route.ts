import { statementCount } from '@/db/client'
import { checkDatabase } from '@/db/queries/health'
import { getEnv } from '@/lib/env'

export const dynamic = 'force-dynamic'

/**
 * Liveness and a database round trip: the public answer is a status only. Test servers
 * (HEALTH_STATEMENTS) also report how many SQL statements this process has run.
 */
export async function GET() {
  const headers = { 'Cache-Control': 'no-store' }
  const extra = getEnv().HEALTH_STATEMENTS ? { statements: statementCount() } : {}
  try {
    await checkDatabase()
    return Response.json({ ok: true, database: 'ok', ...extra }, { headers })
  } catch {
    return Response.json({ ok: false, database: 'unavailable', ...extra }, { status: 503, headers })
  }
}
