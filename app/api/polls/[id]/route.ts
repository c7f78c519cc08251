import { getPoll, pollResults, voteOf } from '@/db/queries/polls'
import { id as pollId } from '@/lib/fields'
import { getViewer } from '@/lib/server/auth/viewer'
import { browserVoterKey } from '@/lib/server/voter'

export const dynamic = 'force-dynamic'

/** For a poll's island: the results and the reader's choice, once this browser or account has voted. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const headers = { 'Cache-Control': 'private, no-store' }
  const id = pollId.safeParse((await params).id)
  if (!id.success) return Response.json({ error: 'Parameter tidak valid.' }, { status: 400, headers })
  const poll = await getPoll(id.data)
  if (!poll) return Response.json({ error: 'Jajak pendapat tidak ditemukan.' }, { status: 404, headers })
  const browserKey = await browserVoterKey()
  const viewer = await getViewer().catch(() => null)
  const choice = browserKey || viewer ? await voteOf(poll.id, { browserKey: browserKey ?? '', userId: viewer?.id ?? null }) : null
  if (choice === null) return Response.json({ choice: null }, { headers })
  return Response.json({ choice, results: await pollResults(poll.id) }, { headers })
}
