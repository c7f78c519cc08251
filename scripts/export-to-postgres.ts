// Copies the SQLite database (DATABASE_FILE) into the PostgreSQL database at DATABASE_URL:
//   DATABASE_URL=postgres://user@host/db npm run db:export-to-postgres [-- --replace]
// Applies db/migrations-pg, copies every table in one transaction, refills the search
// documents, then prints the row counts of both sides; exits 1 on any difference.
import './load-env'
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { openDatabase } from '@/db/client'
import { exportToPostgres, TargetNotEmptyError } from '@/db/export-to-postgres'
import { openPostgres } from '@/db/postgres'
import { getEnv } from '@/lib/env'

const { values } = parseArgs({ options: { replace: { type: 'boolean', default: false } } })
const file = getEnv().DATABASE_FILE
// The PostgreSQL address is this script's own argument, not a setting of the running portal.
const url = process.env.DATABASE_URL ?? ''

async function main(): Promise<number> {
  if (!/^postgres(?:ql)?:\/\//.test(url)) {
    console.error('Set DATABASE_URL to the PostgreSQL database to copy into (postgres://user@host:5432/name).')
    return 1
  }
  if (!fs.existsSync(file)) {
    console.error(`No SQLite database at ${file} (DATABASE_FILE).`)
    return 1
  }
  const source = openDatabase(file)
  const target = openPostgres(url)
  try {
    const { counts, searchDocuments, ok } = await exportToPostgres(source, target, { replace: values.replace })
    const width = Math.max(...counts.map((c) => c.table.length), 'search documents'.length)
    console.log(`${'table'.padEnd(width)}  ${'sqlite'.padStart(8)}  ${'postgres'.padStart(8)}`)
    for (const c of [...counts, { table: 'search documents', ...searchDocuments }]) {
      const mark = c.sqlite === c.postgres ? '' : '  MISMATCH'
      console.log(`${c.table.padEnd(width)}  ${String(c.sqlite).padStart(8)}  ${String(c.postgres).padStart(8)}${mark}`)
    }
    console.log(ok ? `Copied ${file} into PostgreSQL.` : 'Row counts differ: see MISMATCH above.')
    return ok ? 0 : 1
  } catch (error) {
    if (error instanceof TargetNotEmptyError) {
      console.error(error.message)
      return 1
    }
    throw error
  } finally {
    source.$client.close()
    await target.$client.end()
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
