// Online backup of the database, safe while the portal runs:
//   npm run db:backup                      -> data/backups/fakta-<UTC time>.db
//   npm run db:backup -- --out /path/x.db
import './load-env'
import { parseArgs } from 'node:util'
import { backupDatabase, backupName } from '@/db/backup'
import { getDb } from '@/db/client'
import { getEnv } from '@/lib/env'

const { values } = parseArgs({ options: { out: { type: 'string' } } })
const destination = values.out ?? backupName(getEnv().DATABASE_FILE)
backupDatabase(getDb(), destination)
  .then(({ file, bytes }) => console.log(`Backed up ${getEnv().DATABASE_FILE} to ${file} (${(bytes / 1024).toFixed(0)} KB, integrity ok)`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
