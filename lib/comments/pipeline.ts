// The comment pipeline: an ordered list of small pure phases, the clock passed in. Each phase
// may refuse the comment (the first refusal wins), hold it for moderation, or let it pass.

import type { CommentMode } from '@/db/schema'
import { effectiveStatus, isStaff, type Role, type UserStatus } from '../permissions'
import { countLinks } from './body'

export const BODY_MAX = 2000
/**
 * The longest body the actions read at all, before any regular expression or normalisation:
 * room for the CRLFs, trailing blanks and stacked marks that normalisation removes.
 */
export const BODY_RAW_MAX = 4 * BODY_MAX

const tooLong = `Komentar maksimal ${BODY_MAX.toLocaleString('id-ID')} karakter`
/** The "too long" message for a raw body past `BODY_RAW_MAX`. */
export const TOO_LONG = `${tooLong}.`

export type Settings = {
  bannedWords: string[]
  suspectWords: string[]
  /** A new commenter's comments wait for a moderator until this many were approved (0: never). */
  trustAfterApproved: number
  /** Back to premoderation when this share (%) of the recent decided comments was rejected (0: never). */
  distrustRejectedPercent: number
  maxLinks: number
}

/** The recent decisions weighed for distrust: the last comments a moderator or the pipeline settled. */
export const TRUST = { window: 10, minDecided: 3 } as const

export type PipelineInput = {
  /** Already normalised (NFC, controls removed, trimmed). */
  body: string
  now: Date
  commentMode: CommentMode
  author: {
    role: Role
    status: UserStatus
    suspendedUntil: Date | null
    approvedComments: number
    /** Of the author's last `TRUST.window` approved or rejected comments, how many were rejected. */
    recentDecisions: { decided: number; rejected: number }
  }
  /** The author's own comments of the last hour (any status), newest first. */
  recent: { body: string; createdAt: Date }[]
  settings: Settings
}

/** A refusal that passes with time says when: `retryAfterSeconds`, for the form's countdown. */
export type Verdict =
  { outcome: 'reject'; message: string; retryAfterSeconds?: number } | { outcome: 'hold'; reason: string } | { outcome: 'approve' }

type PhaseResult = Verdict | null
export type Phase = (input: PipelineInput) => PhaseResult

export const lengthPhase: Phase = ({ body }) => {
  const length = [...body].length
  if (length === 0) return { outcome: 'reject', message: 'Komentar tidak boleh kosong.' }
  if (length > BODY_MAX) return { outcome: 'reject', message: `${tooLong} (saat ini ${length.toLocaleString('id-ID')}).` }
  return null
}

export const commentModePhase: Phase = ({ commentMode }) => {
  if (commentMode === 'closed') return { outcome: 'reject', message: 'Komentar untuk berita ini sudah ditutup.' }
  if (commentMode === 'premoderated') return { outcome: 'hold', reason: 'Berita ini memakai moderasi awal.' }
  return null
}

export const userStatusPhase: Phase = ({ author, now }) => {
  const status = effectiveStatus(author, now)
  if (status === 'banned') return { outcome: 'reject', message: 'Akun Anda diblokir dan tidak bisa berkomentar.' }
  if (status === 'suspended') return { outcome: 'reject', message: 'Akun Anda sedang ditangguhkan dan tidak bisa berkomentar.' }
  return null
}

export const RATE = { minIntervalMs: 10_000, perHour: 20 }

export const rateLimitPhase: Phase = ({ author, recent, now }) => {
  if (author.role === 'moderator' || author.role === 'admin') return null
  const last = recent[0]
  if (last && now.getTime() - last.createdAt.getTime() < RATE.minIntervalMs) {
    const seconds = Math.ceil((RATE.minIntervalMs - (now.getTime() - last.createdAt.getTime())) / 1000)
    return { outcome: 'reject', message: `Terlalu cepat. Tunggu ${seconds} detik sebelum berkomentar lagi.`, retryAfterSeconds: seconds }
  }
  const lastHour = recent.filter((c) => now.getTime() - c.createdAt.getTime() < 3_600_000)
  // Newest first: a comment may be posted again once the 20th newest is an hour old.
  const limiting = lastHour[RATE.perHour - 1]
  if (limiting) {
    const seconds = Math.ceil((3_600_000 - (now.getTime() - limiting.createdAt.getTime())) / 1000)
    const wait = seconds < 120 ? `${seconds} detik` : `${Math.ceil(seconds / 60)} menit`
    return {
      outcome: 'reject',
      message: `Batas ${RATE.perHour} komentar per jam tercapai. Coba lagi dalam ${wait}.`,
      retryAfterSeconds: seconds,
    }
  }
  return null
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

export const repeatPhase: Phase = ({ body, recent }) => {
  const mine = fold(body)
  if (recent.some((c) => fold(c.body) === mine)) {
    return { outcome: 'reject', message: 'Anda baru saja mengirim komentar yang sama.' }
  }
  return null
}

/** Whole-word match after folding case and accents; a word list entry may be a phrase. */
export function findWord(body: string, words: string[]): string | null {
  const text = ` ${fold(body).replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  for (const word of words) {
    const needle = fold(word)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
    if (needle && text.includes(` ${needle} `)) return word
  }
  return null
}

export const bannedWordsPhase: Phase = ({ body, settings }) => {
  const word = findWord(body, settings.bannedWords)
  if (word) return { outcome: 'reject', message: `Komentar memuat kata yang dilarang ("${word}"). Mohon ubah komentar Anda.` }
  return null
}

export const suspectPhase: Phase = ({ body, settings }) => {
  const word = findWord(body, settings.suspectWords)
  if (word) return { outcome: 'hold', reason: `Memuat kata yang perlu ditinjau ("${word}").` }
  if (countLinks(body) > settings.maxLinks) return { outcome: 'hold', reason: `Memuat lebih dari ${settings.maxLinks} tautan.` }
  return null
}

/**
 * Reader trust, as in Coral: a new commenter is premoderated until K of their comments were
 * approved, and one whose recent comments were mostly rejected goes back to premoderation.
 */
export const trustPhase: Phase = ({ author, settings }) => {
  if (isStaff(author.role)) return null
  const k = settings.trustAfterApproved
  if (author.approvedComments < k) {
    return {
      outcome: 'hold',
      reason: k === 1 ? 'Komentar pertama dari pengguna baru.' : `Pengguna baru: ditinjau sampai ${k} komentar disetujui.`,
    }
  }
  const { decided, rejected } = author.recentDecisions
  const percent = settings.distrustRejectedPercent
  if (percent > 0 && decided >= TRUST.minDecided && rejected * 100 >= percent * decided) {
    return { outcome: 'hold', reason: `${rejected} dari ${decided} komentar terakhir pengguna ini ditolak.` }
  }
  return null
}

export const phases: Phase[] = [
  lengthPhase,
  commentModePhase,
  userStatusPhase,
  rateLimitPhase,
  repeatPhase,
  bannedWordsPhase,
  suspectPhase,
  trustPhase,
]

/** Runs every phase in order: the first refusal ends it; a hold is kept while the rest run. */
export function runPipeline(input: PipelineInput, list: Phase[] = phases): Verdict {
  let hold: Verdict | null = null
  for (const phase of list) {
    const verdict = phase(input)
    if (!verdict) continue
    if (verdict.outcome === 'reject') return verdict
    hold ??= verdict
  }
  return hold ?? { outcome: 'approve' }
}
