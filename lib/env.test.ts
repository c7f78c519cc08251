import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from './env'

describe('parseEnv', () => {
  it('fills the defaults', () => {
    const env = parseEnv({})
    expect(env.DATABASE_FILE).toBe('./data/fakta.db')
    expect(env.PORT).toBe(3000)
    expect(env.SITE_URL).toBe('http://127.0.0.1:3000')
  })

  it('treats empty values as unset and trims the trailing slash of the site URL', () => {
    const env = parseEnv({ PORT: '', SITE_URL: 'https://fakta.example/' })
    expect(env.PORT).toBe(3000)
    expect(env.SITE_URL).toBe('https://fakta.example')
  })

  it('derives the site URL from HOSTNAME and PORT when SITE_URL is unset', () => {
    expect(parseEnv({ PORT: '3100' }).SITE_URL).toBe('http://127.0.0.1:3100')
    expect(parseEnv({ HOSTNAME: 'fakta.lan', PORT: '8080' }).SITE_URL).toBe('http://fakta.lan:8080')
    expect(parseEnv({ HOSTNAME: '0.0.0.0', PORT: '3100' }).SITE_URL).toBe('http://localhost:3100')
    expect(parseEnv({ HOSTNAME: '::1', PORT: '3100' }).SITE_URL).toBe('http://[::1]:3100')
    // A public address behind a proxy is named outright and wins.
    expect(parseEnv({ PORT: '3100', SITE_URL: 'https://fakta.example' }).SITE_URL).toBe('https://fakta.example')
  })

  it('takes a PostgreSQL URL and nothing else as DATABASE_URL', () => {
    expect(parseEnv({}).DATABASE_URL).toBeUndefined()
    expect(parseEnv({ DATABASE_URL: 'postgres://fakta@127.0.0.1:5432/fakta' }).DATABASE_URL).toBe('postgres://fakta@127.0.0.1:5432/fakta')
    expect(parseEnv({ DATABASE_URL: 'postgresql://db.lan/fakta' }).DATABASE_URL).toBe('postgresql://db.lan/fakta')
    for (const value of ['mysql://db.lan/fakta', './data/fakta.db', 'postgres://']) {
      expect(() => parseEnv({ DATABASE_URL: value })).toThrow(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/)
    }
  })

  it('builds into .next unless told a folder of the .next family', () => {
    expect(parseEnv({}).NEXT_DIST_DIR).toBe('.next')
    expect(parseEnv({ NEXT_DIST_DIR: '.next-test' }).NEXT_DIST_DIR).toBe('.next-test')
    for (const value of ['../elsewhere', '/tmp/build', 'dist']) {
      expect(() => parseEnv({ NEXT_DIST_DIR: value }), value).toThrowError(/NEXT_DIST_DIR/)
    }
  })

  it('keeps uploaded images in data/media unless told a plain folder', () => {
    expect(parseEnv({}).MEDIA_DIR).toBe('data/media')
    expect(parseEnv({ MEDIA_DIR: '/srv/fakta/media' }).MEDIA_DIR).toBe('/srv/fakta/media')
    for (const value of ['../media', 'data/../../etc', 'media dir', 'media;rm']) {
      expect(() => parseEnv({ MEDIA_DIR: value }), value).toThrowError(/MEDIA_DIR/)
    }
  })

  it('names every bad variable', () => {
    expect(() => parseEnv({ PORT: 'eighty', SITE_URL: 'ftp://x', AUTH_SECRET: 'short' })).toThrowError(EnvError)
    try {
      parseEnv({ PORT: 'eighty', SITE_URL: 'ftp://x', AUTH_SECRET: 'short' })
    } catch (error) {
      expect(String(error)).toMatch(/PORT/)
      expect(String(error)).toMatch(/SITE_URL/)
      expect(String(error)).toMatch(/AUTH_SECRET: AUTH_SECRET must be at least 32 characters/)
    }
  })

  it('reads TRUST_PROXY as off, a hop count or a list of proxies', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false)
    expect(parseEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false)
    expect(parseEnv({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false)
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2)
    expect(parseEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toEqual(['loopback', '10.0.0.0/8'])
  })

  it('refuses a TRUST_PROXY it cannot read, naming it', () => {
    for (const value of ['true', 'proxy.example', '10.0.0.0/99', 'loopback,,']) {
      expect(() => parseEnv({ TRUST_PROXY: value }), value).toThrowError(/TRUST_PROXY/)
    }
  })

  it('keeps the statement counter of /api/health off unless a test server asks for it', () => {
    expect(parseEnv({}).HEALTH_STATEMENTS).toBe(false)
    expect(parseEnv({ HEALTH_STATEMENTS: 'true' }).HEALTH_STATEMENTS).toBe(true)
  })
})
