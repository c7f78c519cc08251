// One of several processes voting at once on the same database file (see polls.test.ts):
//   DATABASE_FILE=<db file> node --conditions=react-server --import tsx vote-worker.ts <poll id> <option ids> <name>
// Prints "ready", waits for a line on stdin so that every worker starts together, then votes 300
// times as browsers every worker shares and 300 times as browsers of its own. It prints how many
// votes it stored and when it started and finished.
import { castVote, pollResults } from '@/db/queries/polls'

const [pollId, optionIds, name] = process.argv.slice(2)
const options = optionIds!.split(',').map(Number)
// Open the database before the start, so that the start is the votes alone.
await pollResults(Number(pollId))
process.stdout.write('ready\n')
process.stdin.once('data', async () => {
  const start = performance.timeOrigin + performance.now()
  let stored = 0
  for (let i = 0; i < 300; i++) {
    const option = options[i % options.length]!
    if ((await castVote(Number(pollId), option, { browserKey: `bersama-${i}`, userId: null })) === 'stored') stored++
    if ((await castVote(Number(pollId), option, { browserKey: `${name}-${i}`, userId: null })) === 'stored') stored++
  }
  const end = performance.timeOrigin + performance.now()
  process.stdout.write(`${JSON.stringify({ stored, start, end })}\n`)
  process.exit(0)
})
