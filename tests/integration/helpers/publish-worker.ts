// One of two processes running the scheduler at once on the same database file (schedule.test.ts):
//   DATABASE_FILE=<db file> node --conditions=react-server --import tsx publish-worker.ts <count>
// Prints "ready", waits for a line on stdin so that both start together, then calls publishDue
// in a loop until <count> articles are published in the file, and prints the ids it published.
import { count, eq } from 'drizzle-orm'
import { getDb } from '@/db/client'
import { publishDue } from '@/db/queries/schedule'
import { articles } from '@/db/tables'

const total = Number(process.argv[2])
const published = async () => (await getDb().select({ n: count() }).from(articles).where(eq(articles.status, 'published')))[0]?.n ?? 0
await published()
process.stdout.write('ready\n')
process.stdin.once('data', async () => {
  const mine: number[] = []
  const start = Date.now()
  let calls = 0
  while ((await published()) < total && Date.now() - start < 20_000) {
    mine.push(...(await publishDue(new Date())).map((article) => article.id))
    calls++
  }
  process.stdout.write(`${JSON.stringify({ mine, calls })}\n`)
  process.exit(0)
})
