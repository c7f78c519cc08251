import { describe, expect, it } from 'vitest'
import {
  bannedWordsPhase,
  commentModePhase,
  lengthPhase,
  rateLimitPhase,
  repeatPhase,
  runPipeline,
  suspectPhase,
  trustPhase,
  userStatusPhase,
  type PipelineInput,
} from './pipeline'

const now = new Date('2026-11-26T10:00:00Z')
const ago = (s: number) => new Date(now.getTime() - s * 1000)

const input = (over: Partial<PipelineInput> = {}): PipelineInput => ({
  body: 'Semoga perdamaian segera tercapai.',
  now,
  commentMode: 'open',
  author: { role: 'reader', status: 'active', suspendedUntil: null, approvedComments: 5, recentDecisions: { decided: 5, rejected: 0 } },
  recent: [],
  settings: { bannedWords: ['bangsat'], suspectWords: ['slot gacor'], trustAfterApproved: 1, distrustRejectedPercent: 50, maxLinks: 2 },
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
    expect(rateLimitPhase(input({ recent: twenty }))).toMatchObject({
      message: /20 komentar per jam tercapai\. Coba lagi dalam 40 menit\./,
    })
    const almost = twenty.map((c, i) => ({ ...c, createdAt: i === 19 ? ago(3600 - 45) : c.createdAt }))
    expect(rateLimitPhase(input({ recent: almost }))).toMatchObject({ message: /Coba lagi dalam 45 detik\./ })
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

  it('holds suspect phrases and more than two links', () => {
    expect(suspectPhase(input({ body: 'main Slot   Gacor di sini' }))).toMatchObject({ outcome: 'hold' })
    expect(suspectPhase(input({ body: 'lihat https://a.id https://b.id https://c.id' }))).toMatchObject({ reason: /2 tautan/ })
    expect(suspectPhase(input({ body: 'lihat https://a.id dan https://b.id' }))).toBeNull()
  })
})

describe('trust', () => {
  const author = (approvedComments: number, decided = approvedComments, rejected = 0) => ({
    ...input().author,
    approvedComments,
    recentDecisions: { decided, rejected },
  })
  const settings = (trustAfterApproved: number, distrustRejectedPercent = 50) => ({
    ...input().settings,
    trustAfterApproved,
    distrustRejectedPercent,
  })

  it('holds a new commenter until K comments were approved', () => {
    expect(trustPhase(input({ author: author(0) }))).toMatchObject({ outcome: 'hold', reason: /pertama/ })
    expect(trustPhase(input({ author: author(1) }))).toBeNull()
    expect(trustPhase(input({ author: author(2), settings: settings(3) }))).toMatchObject({ reason: /sampai 3 komentar disetujui/ })
    expect(trustPhase(input({ author: author(3), settings: settings(3) }))).toBeNull()
    expect(trustPhase(input({ author: author(0), settings: settings(0) }))).toBeNull()
  })

  it('sends a commenter whose recent comments were mostly rejected back to premoderation', () => {
    expect(trustPhase(input({ author: author(8, 10, 5) }))).toMatchObject({ outcome: 'hold', reason: /5 dari 10/ })
    expect(trustPhase(input({ author: author(8, 10, 4) }))).toBeNull()
    // Too few decisions to judge, or the rule switched off.
    expect(trustPhase(input({ author: author(1, 2, 2), settings: settings(1) }))).toBeNull()
    expect(trustPhase(input({ author: author(8, 10, 9), settings: settings(1, 0) }))).toBeNull()
    expect(trustPhase(input({ author: author(8, 10, 2), settings: settings(1, 20) }))).toMatchObject({ outcome: 'hold' })
  })

  it('never holds staff', () => {
    const staff = { ...author(0, 10, 10), role: 'moderator' as const }
    expect(trustPhase(input({ author: staff, settings: settings(5) }))).toBeNull()
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
