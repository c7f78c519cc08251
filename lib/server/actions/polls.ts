'use server'

import { headers } from 'next/headers'
import { z } from 'zod'
import { castVote, getPoll, isPollPublished, pollResults, voteOf, type PollResults } from '@/db/queries/polls'
import { restriction } from '@/lib/permissions'
import { createAction, fail, type ActionResult } from '@/lib/server/action'
import { clientIp } from '@/lib/auth/client-ip'
import { idField } from '@/lib/fields'
import { ensureBrowserVoterKey, returnNetworkVote, takeNetworkVote } from '@/lib/server/voter'

const CHOOSE = 'Pilih salah satu jawaban.'
const NETWORK_CAP =
  'Terlalu banyak suara tanpa akun dari jaringan Anda untuk jajak pendapat ini. Coba lagi dalam satu jam, atau masuk untuk memberikan suara.'

export type PollOutcome = { results: PollResults; choice: number | null }

/**
 * A vote in a poll: one per account and one per browser (see db/schema pollVotes). A second vote
 * is not counted; the reader sees the results and the choice already made. Votes without an
 * account are also capped per network per poll per hour (lib/server/voter.ts).
 */
export const votePoll = createAction(
  { schema: z.object({ pollId: idField('Jajak pendapat tidak ditemukan.'), optionId: idField(CHOOSE) }), access: 'public' },
  async ({ pollId, optionId }, { viewer, now }): Promise<ActionResult<PollOutcome>> => {
    if (viewer) {
      const why = restriction(viewer, now)
      if (why) return fail(why)
    }
    const poll = await getPoll(pollId)
    if (!poll || !(await isPollPublished(poll.id, now))) return fail('Jajak pendapat tidak ditemukan.')
    if (!poll.options.some((option) => option.id === optionId)) return fail(CHOOSE, { optionId: [CHOOSE] })
    const voter = { browserKey: await ensureBrowserVoterKey(), userId: viewer?.id ?? null }
    if (poll.closesAt && poll.closesAt <= now) {
      return {
        ...fail('Jajak pendapat ini sudah ditutup.'),
        data: { results: await pollResults(poll.id), choice: await voteOf(poll.id, voter) },
      }
    }
    const network = clientIp(await headers())
    const anonymous = viewer === null
    // Taken before the vote is cast, so parallel votes cannot pass the cap; given back when none is stored.
    const allowed = anonymous && (await takeNetworkVote(poll.id, network))
    if (anonymous && !allowed && (await voteOf(poll.id, voter)) === null) {
      await returnNetworkVote(poll.id, network)
      return fail(NETWORK_CAP)
    }
    let stored = false
    try {
      stored = (await castVote(poll.id, optionId, voter)) === 'stored'
    } finally {
      if (anonymous && !stored) await returnNetworkVote(poll.id, network)
    }
    const data: PollOutcome = { results: await pollResults(poll.id), choice: stored ? optionId : await voteOf(poll.id, voter) }
    return {
      ok: true,
      message: stored
        ? 'Terima kasih, suara Anda tercatat.'
        : 'Anda sudah memberikan suara di jajak pendapat ini. Suara Anda tidak berubah.',
      data,
    }
  },
)
