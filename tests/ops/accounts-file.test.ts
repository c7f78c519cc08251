import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { accountsFileOf } from '../../scripts/lib/accounts'

describe('the demo accounts file', () => {
  it('is named after its database and sits beside it', () => {
    expect(accountsFileOf('./data/fakta.db')).toBe(path.resolve('data/fakta.demo-accounts.txt'))
    expect(accountsFileOf('/srv/fakta/portal.sqlite')).toBe('/srv/fakta/portal.demo-accounts.txt')
    expect(accountsFileOf('/tmp/fakta-e2e-3100/e2e.db')).toBe('/tmp/fakta-e2e-3100/e2e.demo-accounts.txt')
    // So the test database's passwords never overwrite those of data/fakta.db.
    expect(accountsFileOf('./data/e2e.db')).not.toBe(accountsFileOf('./data/fakta.db'))
  })
})
