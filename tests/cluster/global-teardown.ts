// Drops the suite's PostgreSQL database and the demo accounts file the seed wrote for it.
import fs from 'node:fs'
import path from 'node:path'
import { databaseName, accountsFileOf } from '../../scripts/lib/accounts'
import { dropSuiteDatabase, serverUrl } from './database'

export default async function globalTeardown(): Promise<void> {
  const url = process.env.CLUSTER_DATABASE_URL
  if (!url) return
  await dropSuiteDatabase(serverUrl())
  fs.rmSync(accountsFileOf(path.resolve(databaseName({ DATABASE_FILE: '', DATABASE_URL: url }))), { force: true })
}
