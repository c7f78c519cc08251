import { NextRequest } from 'next/server'
import { handlers } from '@/lib/server/auth/auth'
import { readBody } from '@/lib/http/body'
import { BODY_LIMITS } from '@/lib/http/limits'

export const { GET } = handlers

/** Auth.js's own forms are a few short fields: the body is read up to 16 KB and handed on. */
export async function POST(request: NextRequest) {
  const body = await readBody(request, BODY_LIMITS.auth)
  if (!body.ok) return body.response
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  headers.delete('transfer-encoding')
  return handlers.POST(new NextRequest(request.url, { method: 'POST', headers, body: body.bytes, signal: request.signal }))
}
