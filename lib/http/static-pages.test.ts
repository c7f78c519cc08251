import { describe, expect, it } from 'vitest'
import { isStaticTwinPath, staticTwin } from './static-pages'

const get = (url: string, headers: Record<string, string> = {}) => staticTwin({ method: 'GET', url, headers })

describe('staticTwin', () => {
  it('sends an anonymous reader to the twin of every reading page', () => {
    expect(get('/')).toBe('/baca')
    expect(get('/news')).toBe('/baca/news')
    expect(get('/news/page/3')).toBe('/baca/news/page/3')
    expect(get('/news/ekonomi')).toBe('/baca/news/ekonomi')
    expect(get('/news/ekonomi/page/2')).toBe('/baca/news/ekonomi/page/2')
    expect(get('/news/internasional/nato-pastikan')).toBe('/baca/news/internasional/nato-pastikan')
    expect(get('/tag/nato/page/2')).toBe('/baca/tag/nato/page/2')
    expect(get('/author/rizky-pratama')).toBe('/baca/author/rizky-pratama')
    expect(get('/pointer/apa-itu-nsatu')).toBe('/baca/pointer/apa-itu-nsatu')
    expect(get('/data')).toBe('/baca/data')
    expect(get('/interaktif')).toBe('/baca/interaktif')
    expect(get('/program')).toBe('/baca/program')
    expect(get('/jobs/redaktur-data')).toBe('/baca/jobs/redaktur-data')
    expect(get('/program/fakta-pagi')).toBe('/baca/program/fakta-pagi')
    expect(staticTwin({ method: 'HEAD', url: '/news', headers: {} })).toBe('/baca/news')
  })

  it('keeps tracking parameters and nothing else', () => {
    expect(get('/news/x/y?utm_source=wa&fbclid=1')).toBe('/baca/news/x/y?utm_source=wa&fbclid=1')
    expect(get('/news?page=2')).toBeNull()
    expect(get('/jobs?lokasi=jakarta')).toBeNull()
    expect(get('/?q=x')).toBeNull()
    // A doubled slash is not a reading path (and not a host).
    expect(get('//baca/news/x/y')).toBeNull()
    expect(get('//news/x/y')).toBeNull()
    expect(get('/news?_rsc=abc')).toBeNull()
  })

  it('leaves the other pages, the methods that write and the framework to the App Router', () => {
    for (const url of [
      '/news/x/y/komentar',
      '/search',
      '/account',
      '/staff',
      '/login',
      '/interaktif/kuis-x',
      '/jobs/saring',
      '/rss.xml',
      '/news/x/rss.xml',
      '/data/csv/x',
      '/news/page/0',
      '/news/Ekonomi',
      '/news/x/',
      '/api/me',
      '/_next/static/x.js',
    ]) {
      expect(get(url), url).toBeNull()
    }
    expect(staticTwin({ method: 'POST', url: '/news/x/y', headers: {} })).toBeNull()
    expect(get('/news/x/y', { rsc: '1' })).toBeNull()
    expect(get('/news/x/y', { 'next-router-prefetch': '1' })).toBeNull()
  })

  it('gives a reader who has signed in the App Router page', () => {
    expect(get('/news/x/y', { cookie: 'a=1; fakta_signed_in=1' })).toBeNull()
    expect(get('/news/x/y', { cookie: 'fakta_signed_in_not=1' })).toBe('/baca/news/x/y')
    expect(get('/news/x/y', { cookie: 'other=fakta_signed_in=1' })).toBe('/baca/news/x/y')
  })
})

describe('isStaticTwinPath', () => {
  it('names the twins’ folder only', () => {
    expect(isStaticTwinPath('/baca')).toBe(true)
    expect(isStaticTwinPath('/baca/news')).toBe(true)
    expect(isStaticTwinPath('/bacaan')).toBe(false)
    expect(isStaticTwinPath('/news')).toBe(false)
    expect(isStaticTwinPath('//baca/news/x/y')).toBe(true)
    expect(isStaticTwinPath('/baca?x=1')).toBe(true)
  })
})
