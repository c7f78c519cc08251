// The SQLite and PostgreSQL schema modules describe one database: this compares them table by
// table, so a column, key or index added on one side only fails here.
import { is, SQL } from 'drizzle-orm'
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core'
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core'
import { describe, expect, it } from 'vitest'
import * as pgSchema from '@/db/schema-pg'
import * as sqliteSchema from '@/db/schema'

/** The dialect's column class, as the kind of value it holds. */
const typeClasses: Record<string, string> = {
  SQLiteInteger: 'integer',
  SQLiteTimestamp: 'timestamp',
  SQLiteBoolean: 'boolean',
  SQLiteText: 'text',
  SQLiteTextJson: 'json',
  SQLiteReal: 'real',
  PgInteger: 'integer',
  PgTimestamp: 'timestamp',
  PgBoolean: 'boolean',
  PgText: 'text',
  PgJsonb: 'json',
  PgJson: 'json',
  PgDoublePrecision: 'real',
}

type Shape = {
  columns: Record<string, { notNull: boolean; primary: boolean; hasDefault: boolean; type: string; enumValues: string[] | undefined }>
  primaryKeys: string[][]
  foreignKeys: string[]
  indexes: string[]
  checks: string[]
}

function typeClass(columnType: string): string {
  const mapped = typeClasses[columnType]
  if (!mapped) throw new Error(`no type class for ${columnType}`)
  return mapped
}

const onDelete = (action: string | undefined) => action ?? 'no action'

function sqliteShapes(): Map<string, Shape> {
  const shapes = new Map<string, Shape>()
  for (const value of Object.values(sqliteSchema)) {
    if (!is(value, SQLiteTable)) continue
    const config = sqliteConfig(value)
    shapes.set(config.name, {
      columns: Object.fromEntries(
        config.columns.map((c) => [
          c.name,
          { notNull: c.notNull, primary: c.primary, hasDefault: c.hasDefault, type: typeClass(c.columnType), enumValues: c.enumValues },
        ]),
      ),
      primaryKeys: config.primaryKeys.map((pk) => pk.columns.map((c) => c.name)),
      foreignKeys: config.foreignKeys
        .map((fk) => {
          const ref = fk.reference()
          const target = sqliteConfig(ref.foreignTable as SQLiteTable).name
          return `(${ref.columns.map((c) => c.name)}) -> ${target}(${ref.foreignColumns.map((c) => c.name)}) on delete ${onDelete(fk.onDelete)}`
        })
        .sort(),
      indexes: config.indexes
        .map((i) => `${i.config.unique ? 'unique ' : ''}${i.config.name} (${i.config.columns.map((c) => (is(c, SQL) ? 'sql' : c.name))})`)
        .sort(),
      checks: config.checks.map((c) => c.name).sort(),
    })
  }
  return shapes
}

function pgShapes(): Map<string, Shape> {
  const shapes = new Map<string, Shape>()
  for (const value of Object.values(pgSchema)) {
    if (!is(value, PgTable)) continue
    const config = pgConfig(value)
    shapes.set(config.name, {
      columns: Object.fromEntries(
        config.columns.map((c) => [
          c.name,
          { notNull: c.notNull, primary: c.primary, hasDefault: c.hasDefault, type: typeClass(c.columnType), enumValues: c.enumValues },
        ]),
      ),
      primaryKeys: config.primaryKeys.map((pk) => pk.columns.map((c) => c.name)),
      foreignKeys: config.foreignKeys
        .map((fk) => {
          const ref = fk.reference()
          const target = pgConfig(ref.foreignTable as PgTable).name
          return `(${ref.columns.map((c) => c.name)}) -> ${target}(${ref.foreignColumns.map((c) => c.name)}) on delete ${onDelete(fk.onDelete)}`
        })
        .sort(),
      indexes: config.indexes
        .map((i) => `${i.config.unique ? 'unique ' : ''}${i.config.name} (${i.config.columns.map((c) => ('name' in c ? c.name : 'sql'))})`)
        .sort(),
      checks: config.checks.map((c) => c.name).sort(),
    })
  }
  return shapes
}

const sqlite = sqliteShapes()
const pg = pgShapes()

describe('the SQLite and PostgreSQL schemas', () => {
  it('have the same tables', () => {
    expect(sqlite.size).toBeGreaterThan(20)
    expect([...pg.keys()].sort()).toEqual([...sqlite.keys()].sort())
  })

  it.each([...sqlite.keys()])('%s: same columns, keys, indexes and checks', (name) => {
    const sqliteTable = sqlite.get(name)
    const pgTable = pg.get(name)
    expect(pgTable).toBeDefined()
    expect(pgTable?.columns).toEqual(sqliteTable?.columns)
    expect(pgTable?.primaryKeys).toEqual(sqliteTable?.primaryKeys)
    expect(pgTable?.foreignKeys).toEqual(sqliteTable?.foreignKeys)
    expect(pgTable?.indexes).toEqual(sqliteTable?.indexes)
    expect(pgTable?.checks).toEqual(sqliteTable?.checks)
  })

  it('use the same property names for the same columns', () => {
    for (const [key, value] of Object.entries(sqliteSchema)) {
      if (!is(value, SQLiteTable)) continue
      const twin = (pgSchema as Record<string, unknown>)[key]
      expect(is(twin, PgTable), `${key} in db/schema-pg.ts`).toBe(true)
      const columns = (table: object) =>
        Object.entries(table)
          .filter(([, column]) => typeof column === 'object' && column !== null && 'columnType' in column)
          .map(([property, column]) => `${property}=${(column as { name: string }).name}`)
          .sort()
      expect(columns(twin as object)).toEqual(columns(value))
    }
  })
})
