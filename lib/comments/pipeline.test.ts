import { describe, expect, it } from 'vitest'
import {
  bannedWordsPhase,
  commentModePhase,
  lengthPhase,
  rateLimitPhase,
  repeatPhase,
  runPipeline,
  suspectPhase,
  userStatusPhase,
  type PipelineInput,
} from './pipeline'

const now = new Date('2026-11-26T10:00:00Z')
const ago = (s: number) => new Date(now.getTime() - s * 1000)

const input = (over: Partial<PipelineInput> = {}): PipelineInput => ({
  body: 'Semoga perdamaian segera tercapai.',
  now,
  commentMode: 'open',
  author: { role: 'reader', status: 'active', suspendedUntil: null, approvedComments: 5 },
  recent: [],
  settings: { bannedWords: ['bangsat'], suspectWords: ['slot gacor'], holdFirstComment: true, maxLinks: 2 },
  ...over,
})

describe('length', () => {
  it('refuses empty and over 2,000 characters, counting characters not bytes', () => {
    expect(lengthPhase(input({ body: '' }))).toMatchObject({ outcome: 'reject', message: /kosong/ })
    expect(lengthPhase(input({ body: 'a'.repeat(2001) }))).toMatchObject({ outcome: 'reject', message: /maksimal 2\.000/ })
    expect(lengthPhase(input({ body: '😀'.repeat(2000) }))).toBeNull()
  })
})

describe('comment mode', () => {
  it('closed refuses, premoderated holds, open passes', () => {
    expect(commentModePhase(input({ commentMode: 'closed' }))).toMatchObject({ outcome: 'reject' })
    expect(commentModePhase(input({ commentMode: 'premoderated' }))).toMatchObject({ outcome: 'hold' })
    expect(commentModePhase(input())).toBeNull()
  })
})

describe('user status', () => {
  it('refuses banned and currently suspended authors', () => {
    const author = input().author
    expect(userStatusPhase(input({ author: { ...author, status: 'banned' } }))).toMatchObject({ outcome: 'reject' })
    expect(userStatusPhase(input({ author: { ...author, status: 'suspended', suspendedUntil: ago(-60) } }))).toMatchObject({
      outcome: 'reject',
    })
    expect(userStatusPhase(input({ author: { ...author, status: 'suspended', suspendedUntil: ago(60) } }))).toBeNull()
  })
})

describe('rate limit', () => {
  it('allows one comment per 10 seconds and 20 per hour', () => {
    expect(rateLimitPhase(input({ recent: [{ body: 'x', createdAt: ago(4) }] }))).toMatchObject({ message: /Tunggu 6 detik/ })
    expect(rateLimitPhase(input({ recent: [{ body: 'x', createdAt: ago(11) }] }))).toBeNull()
    const twenty = Array.from({ length: 20 }, (_, i) => ({ body: `${i}`, createdAt: ago(60 + i * 60) }))
    expect(rateLimitPhase(input({ recent: twenty }))).toMatchObject({ message: /20 komentar per jam/ })
    expect(rateLimitPhase(input({ recent: twenty.slice(0, 19) }))).toBeNull()
  })

  it('exempts moderators and admins', () => {
    const recent = [{ body: 'x', createdAt: ago(1) }]
    for (const role of ['moderator', 'admin'] as const) {
      expect(rateLimitPhase(input({ recent, author: { ...input().author, role } }))).toBeNull()
    }
    expect(rateLimitPhase(input({ recent, author: { ...input().author, role: 'editor' } }))).not.toBeNull()
  })
})

describe('repeat post', () => {
  it('refuses the same text as a recent own comment, ignoring case and spacing', () => {
    const recent = [{ body: 'Setuju  sekali', createdAt: ago(120) }]
    expect(repeatPhase(input({ body: 'setuju sekali', recent }))).toMatchObject({ outcome: 'reject' })
    expect(repeatPhase(input({ body: 'setuju sekali!', recent }))).toBeNull()
  })
})

describe('word lists', () => {
  it('refuses banned words as whole words, folding case and accents', () => {
    expect(bannedWordsPhase(input({ body: 'Dasar BANGSAT!' }))).toMatchObject({ outcome: 'reject', message: /bangsat/ })
    expect(bannedWordsPhase(input({ body: 'bangsatnya' }))).toBeNull()
  })

  it('holds suspect phrases, more than two links and a first comment', () => {
    expect(suspectPhase(input({ body: 'main Slot   Gacor di sini' }))).toMatchObject({ outcome: 'hold' })
    expect(suspectPhase(input({ body: 'lihat https://a.id https://b.id https://c.id' }))).toMatchObject({ reason: /2 tautan/ })
    expect(suspectPhase(input({ body: 'lihat https://a.id dan https://b.id' }))).toBeNull()
    const first = { ...input().author, approvedComments: 0 }
    expect(suspectPhase(input({ author: first }))).toMatchObject({ reason: /pertama/ })
    expect(suspectPhase(input({ author: { ...first, role: 'moderator' } }))).toBeNull()
  })
})

describe('runPipeline', () => {
  it('approves a normal comment', () => {
    expect(runPipeline(input())).toEqual({ outcome: 'approve' })
  })

  it('lets a later refusal win over an earlier hold, and keeps the first hold otherwise', () => {
    expect(runPipeline(input({ commentMode: 'premoderated', body: 'bangsat' }))).toMatchObject({ outcome: 'reject' })
    expect(runPipeline(input({ commentMode: 'premoderated', body: 'slot gacor' }))).toMatchObject({ reason: /moderasi awal/ })
  })

  it('refuses in the documented order: length before everything else', () => {
    expect(runPipeline(input({ body: '', commentMode: 'closed' }))).toMatchObject({ message: /kosong/ })
  })
})
