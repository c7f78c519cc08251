// Start-up with DATABASE_URL naming a PostgreSQL server that does not answer: one line, exit 1.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

describe('a PostgreSQL server that does not answer', () => {
  for (const script of ['prepare-db', 'migrate', 'seed']) {
    it(`stops scripts/${script}.ts with one line naming the setting, the password masked`, () => {
      const result = spawnSync(path.resolve('node_modules/.bin/tsx'), [`scripts/${script}.ts`], {
        env: { ...process.env, DATABASE_URL: 'postgres://app:rahasia@127.0.0.1:1/fakta' },
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(result.status).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr.trimEnd().split('\n')).toEqual([
        'PostgreSQL does not answer at postgres://app:***@127.0.0.1:1/fakta (DATABASE_URL): start it, or correct the URL',
      ])
    }, 60_000)
  }
})
