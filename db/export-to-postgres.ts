// Copies a SQLite database of the portal into a PostgreSQL one (scripts/export-to-postgres.ts).
// Both schema modules have the same tables and property names (tests/integration/schema-dialects),
// so a row read through db/schema.ts (times as Date, flags as boolean, JSON parsed) is written as
// it is through db/schema-pg.ts.
import { eq, getTableColumns, getTableName, is, sql } from 'drizzle-orm'
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core'
import { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db } from './client'
import { migratePostgres, type PgDb } from './postgres'
import * as sqliteSchema from './schema'
import * as pgSchema from './schema-pg'

export type TableCount = { table: string; sqlite: number; postgres: number }

export class TargetNotEmptyError extends Error {}

type Pair = { name: string; sqlite: SQLiteTable; pg: PgTable }

/** The tables, parents before children (a table referring to itself comes once). */
export function tablesInForeignKeyOrder(): Pair[] {
  const sqliteTables = new Map<string, SQLiteTable>()
  for (const value of Object.values(sqliteSchema)) {
    if (is(value, SQLiteTable)) sqliteTables.set(getTableName(value), value)
  }
  const pgTables = new Map<string, PgTable>()
  for (const value of Object.values(pgSchema)) {
    if (is(value, PgTable)) pgTables.set(getTableName(value), value)
  }
  const ordered: Pair[] = []
  const done = new Set<string>()
  const visit = (name: string, path: string[]) => {
    if (done.has(name)) return
    if (path.includes(name)) throw new Error(`foreign keys run in a circle: ${[...path, name].join(' -> ')}`)
    const table = pgTables.get(name)
    const twin = sqliteTables.get(name)
    if (!table || !twin) throw new Error(`table ${name} is missing from one of the schema modules`)
    for (const fk of getTableConfig(table).foreignKeys) {
      const parent = getTableConfig(fk.reference().foreignTable).name
      if (parent !== name) visit(parent, [...path, name])
    }
    done.add(name)
    ordered.push({ name, sqlite: twin, pg: table })
  }
  for (const name of [...pgTables.keys()].sort()) visit(name, [])
  return ordered
}

/** Property names of a table's columns that refer to the table itself (a reply's parent comment). */
function selfReferences(pair: Pair): string[] {
  const config = getTableConfig(pair.pg)
  const byName = new Map(Object.entries(getTableColumns(pair.pg)).map(([key, column]) => [column.name, key]))
  return config.foreignKeys
    .map((fk) => fk.reference())
    .filter((ref) => getTableConfig(ref.foreignTable).name === pair.name && ref.columns.length === 1)
    .map((ref) => byName.get(ref.columns[0]?.name ?? '') ?? '')
    .filter(Boolean)
}

async function countPostgres(db: PgDb, name: string): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(name)}`)
  return result.rows[0]?.n ?? 0
}

function countSqlite(db: Db, name: string): number {
  return db.get<{ n: number }>(sql`select count(*) as n from ${sql.identifier(name)}`)?.n ?? 0
}

/**
 * Migrates the target, then copies every table in one transaction, in batches, parents first;
 * moves identity sequences past the copied ids; refills the search documents; and counts the
 * rows on both sides. A target that already holds rows is refused unless `replace` is set, which
 * empties it first (the audit log included: the one way its rows leave).
 */
export async function exportToPostgres(
  source: Db,
  target: PgDb,
  { replace = false, batchSize = 500, log = () => {} }: { replace?: boolean; batchSize?: number; log?: (line: string) => void } = {},
): Promise<{ counts: TableCount[]; searchDocuments: { sqlite: number; postgres: number }; ok: boolean }> {
  await migratePostgres(target)
  const tables = tablesInForeignKeyOrder()

  const articles = await countPostgres(target, 'articles')
  let held = 0
  for (const { name } of tables) held += await countPostgres(target, name)
  if (held > 0 && !replace) {
    throw new TargetNotEmptyError(
      `The PostgreSQL database already holds ${articles} articles (${held} rows in all); run again with --replace to empty it and copy anyway.`,
    )
  }

  // One read transaction on the source: a portal writing meanwhile does not tear the copy, and
  // the counts below see the same snapshot as the copy.
  source.$client.prepare('begin').run()
  try {
    return await copyAndCount(source, target, tables, { held, batchSize, log })
  } finally {
    source.$client.prepare('rollback').run()
  }
}

async function copyAndCount(
  source: Db,
  target: PgDb,
  tables: Pair[],
  { held, batchSize, log }: { held: number; batchSize: number; log: (line: string) => void },
) {
  await target.transaction(async (tx) => {
    if (held > 0) {
      const names = sql.join(
        [...tables.map((t) => t.name), 'search_documents'].map((name) => sql.identifier(name)),
        sql`, `,
      )
      await tx.execute(sql`alter table moderation_actions disable trigger moderation_actions_no_truncate`)
      await tx.execute(sql`truncate ${names} restart identity cascade`)
      await tx.execute(sql`alter table moderation_actions enable trigger moderation_actions_no_truncate`)
    }
    for (const pair of tables) {
      const selfRefs = selfReferences(pair)
      const copied = new Set<unknown>()
      const later: { id: unknown; key: string; value: unknown }[] = []
      let rows = 0
      for (let offset = 0; ; offset += batchSize) {
        const batch = source
          .select()
          .from(pair.sqlite)
          .orderBy(sql`rowid`)
          .limit(batchSize)
          .offset(offset)
          .all() as Record<string, unknown>[]
        if (batch.length === 0) break
        if (selfRefs.length > 0) {
          for (const row of batch) {
            for (const key of selfRefs) {
              // A row pointing at one not copied yet gets its link after the table is in.
              if (row[key] != null && !copied.has(row[key])) {
                later.push({ id: row.id, key, value: row[key] })
                row[key] = null
              }
            }
            copied.add(row.id)
          }
        }
        await tx.insert(pair.pg).values(batch)
        rows += batch.length
        if (batch.length < batchSize) break
      }
      const id = (getTableColumns(pair.pg) as Record<string, PgColumn>).id
      for (const link of later) {
        if (id)
          await tx
            .update(pair.pg)
            .set({ [link.key]: link.value })
            .where(eq(id, link.id))
      }
      if (id) {
        await tx.execute(
          sql`select setval(pg_get_serial_sequence(${pair.name}, 'id'), coalesce(max(id), 0) + 1, false) from ${sql.identifier(pair.name)}`,
        )
      }
      log(`copied ${pair.name}: ${rows}`)
    }
    await tx.execute(sql`select search_documents_rebuild()`)
  })

  const counts: TableCount[] = []
  for (const { name } of tables)
    counts.push({ table: name, sqlite: countSqlite(source, name), postgres: await countPostgres(target, name) })
  const searchDocuments = { sqlite: countSqlite(source, 'search_index'), postgres: await countPostgres(target, 'search_documents') }
  const ok = counts.every((c) => c.sqlite === c.postgres) && searchDocuments.sqlite === searchDocuments.postgres
  return { counts, searchDocuments, ok }
}
