import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { onPostgres } from '../setup/db'

// An existing database (at migration 0012) with news gets each article's first revision from 0013.
const folder = path.join(process.cwd(), 'db', 'migrations')
const migrations = fs
  .readdirSync(folder)
  .filter((file) => /^\d{4}_.*\.sql$/.test(file))
  .sort()

function apply(sqlite: Database.Database, file: string) {
  for (const statement of fs.readFileSync(path.join(folder, file), 'utf8').split('--> statement-breakpoint')) {
    if (statement.trim()) sqlite.exec(statement)
  }
}

// SQLite's migration 0013 on a SQLite database: PostgreSQL starts from its own migrations (db/migrations-pg).
describe.skipIf(onPostgres)('migration 0013 (desk)', () => {
  it('gives every existing news article its first revision, with tags and byline', () => {
    const sqlite = new Database(':memory:')
    sqlite.pragma('foreign_keys = ON')
    const before = migrations.filter((file) => file < '0013')
    expect(before.at(-1)).toMatch(/^0012_/)
    for (const file of before) apply(sqlite, file)

    sqlite.exec(`
      insert into categories (id, slug, name) values (1, 'ekonomi', 'Ekonomi');
      insert into authors (id, slug, name) values (3, 'rina', 'Rina');
      insert into tags (id, slug, name) values (7, 'beras', 'Beras'), (8, 'pangan', 'Pangan');
      insert into articles (id, kind, slug, category_id, title, summary, body, author_id, status, published_at, updated_at)
        values (10, 'news', 'harga-beras', 1, 'Harga Beras', 'Ringkas', '[{"type":"paragraph","text":"Isi."}]', 3, 'published', 1700000000000, null),
               (11, 'pointer', 'poin', 1, 'Poin', '', '[]', null, 'published', 1700000000000, null);
      insert into article_tags (article_id, tag_id, position) values (10, 8, 1), (10, 7, 0);
    `)
    apply(
      sqlite,
      migrations.find((file) => file.startsWith('0013'))!,
    )

    const revisions = sqlite.prepare('select article_id, version, applied, snapshot, user_id, created_at from article_revisions').all() as {
      article_id: number
      version: number
      applied: number
      snapshot: string
      user_id: number | null
      created_at: number
    }[]
    expect(revisions).toHaveLength(1)
    const [revision] = revisions
    expect(revision).toMatchObject({ article_id: 10, version: 1, applied: 1, user_id: null, created_at: 1700000000000 })
    expect(JSON.parse(revision!.snapshot)).toEqual({
      title: 'Harga Beras',
      slug: 'harga-beras',
      summary: 'Ringkas',
      categoryId: 1,
      tagIds: [7, 8],
      authorIds: [3],
      sourceTag: null,
      heroMediaId: null,
      heroCaption: '',
      heroCredit: '',
      commentMode: 'open',
      body: [{ type: 'paragraph', text: 'Isi.' }],
    })
    expect(sqlite.prepare('select version from articles where id = 10').get()).toEqual({ version: 1 })
    sqlite.close()
  })
})
