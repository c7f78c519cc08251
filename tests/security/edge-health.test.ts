import { describe, expect, it } from 'vitest'
import { setupTestDatabase } from '../setup/db'

setupTestDatabase()

describe('/api/health for the public', () => {
  it('answers a status only: no statement counter or other internals', async () => {
    const { GET } = await import('@/app/api/health/route')
    const response = await GET()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true, database: 'ok' })
  })
})
