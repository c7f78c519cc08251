import os from 'node:os'
import { describe, expect, it } from 'vitest'
import { withDefaultUser } from './postgres'

describe('withDefaultUser', () => {
  it('names the operating system user when the URL names none, as psql does', () => {
    expect(withDefaultUser('postgres://127.0.0.1/test')).toBe(`postgres://${os.userInfo().username}@127.0.0.1/test`)
    expect(withDefaultUser('postgresql://db.internal:6432/fakta?sslmode=require')).toBe(
      `postgresql://${os.userInfo().username}@db.internal:6432/fakta?sslmode=require`,
    )
  })
  it('leaves a URL that names its user as it is', () => {
    expect(withDefaultUser('postgres://postgres@127.0.0.1:5432/test')).toBe('postgres://postgres@127.0.0.1:5432/test')
    expect(withDefaultUser('postgres://app:s%40cret@10.0.0.5/fakta')).toBe('postgres://app:s%40cret@10.0.0.5/fakta')
  })
})
