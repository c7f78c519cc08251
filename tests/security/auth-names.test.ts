import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/server/auth/viewer'

// Names that would pass for the newsroom, and text made of nothing visible. The actions run as in
// production against a fresh database; only the request around them is stood in for.
const request = vi.hoisted(() => ({ viewer: null as Viewer | null }))
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-fakta-client-address': '203.0.113.8' }),
  cookies: async () => ({ set: () => undefined, delete: () => undefined, get: () => undefined }),
}))
vi.mock('next/cache', async () => (await import('../setup/next-cache')).nextCache())
vi.mock('next/server', async (original) => (await import('../setup/next-cache')).nextServer(original))
vi.mock('@/lib/server/auth/viewer', () => ({ getViewer: async () => request.viewer }))
vi.mock('@/lib/server/auth/auth', () => ({
  signIn: async () => {
    throw new Error('NEXT_REDIRECT')
  },
  signOut: async () => undefined,
}))

const { displayNameProblem } = await import('@/lib/auth/display-name')
const { normalizeBody } = await import('@/lib/comments/body')
const { registerAction, updateDisplayNameAction } = await import('@/lib/server/actions/auth')
const { postComment } = await import('@/lib/server/actions/comments')
const { getAuthState } = await import('@/db/queries/users')
const { emailExists } = await import('@/db/queries/users')
const { countApprovedComments } = await import('@/db/queries/comments')
const { createArticle, createCategory, createComment, createUser } = await import('@/tests/factories')
const { setupTestDatabase } = await import('../setup/db')

const db = setupTestDatabase()

const RESERVED = /staf FAKTA/
const INVISIBLE = /karakter tak terlihat/

const impostors: [string, RegExp][] = [
  ['Redaksi_FAKTA', RESERVED],
  ['AdminFakta', RESERVED],
  ['Моderator', RESERVED], // Cyrillic М
  ['ʀedaksi', RESERVED], // small capital R
  ['r.e.d.a.k.s.i', RESERVED],
  ['R E D A K S I', RESERVED],
  ['REDAKSI', RESERVED],
  ['ＲＥＤＡＫＳＩ', RESERVED], // fullwidth
  ['𝐑𝐞𝐝𝐚𝐤𝐬𝐢', RESERVED], // mathematical bold
  ['Rеdаksі', RESERVED], // Cyrillic е, а, і
  ['Adm1n', RESERVED],
  ['Admin123', RESERVED],
  ['admin-budi', RESERVED],
  ['Tim Redaktur', RESERVED],
  ['Editor Budi', RESERVED],
  ['Moderasi Komentar', RESERVED],
  ['Administrator', RESERVED],
  ['Staff', RESERVED],
  ['Staf Budi', RESERVED],
  ['Akun Resmi', RESERVED],
  ['Official Account', RESERVED],
  ['Fakta Terkini', RESERVED],
  ['F4kta', RESERVED],
  ['ᴀdmin', /staf FAKTA|huruf fonetik/],
  ['Ad\u200bmin', INVISIBLE], // zero-width space
  ['Ad\u200dmin', INVISIBLE], // zero-width joiner
  ['Ad\u200cmin', INVISIBLE], // zero-width non-joiner
  ['Bu\u2060di', INVISIBLE], // word joiner
  ['Bu\u00addi', INVISIBLE], // soft hyphen
  ['Budi\u3164', INVISIBLE], // Hangul filler
  ['Bu\u180edi', INVISIBLE], // Mongolian vowel separator
  ['Budi\u{e0041}\u{e0042}', INVISIBLE], // tag characters
  ['Budi\ufe0f', /tak terlihat|karakter kontrol/], // a variation selector on a letter
  ['\ufe0f\ufe0fBudi', INVISIBLE],
  ['Bu\u034fdi', INVISIBLE], // combining grapheme joiner
  ['\u2800\u2800', INVISIBLE], // braille blank
  ['Budi\u0000', /karakter kontrol/],
  ['Budi\u0085', /karakter kontrol/],
  ['Budi\u202eodu', /karakter kontrol|tak terlihat/],
  ['Budi\nBaru', /karakter kontrol/],
]

// Real names and ordinary handles that must keep working. The rule: the long newsroom words
// (redaksi, redaktur, moderator, moderasi, administrator, editor, fakta, official) are refused
// anywhere in the name; the short ones that also live inside ordinary names (admin, staf, resmi)
// only where they start a word, so Mustafa, Badminton and Resmiati stay.
const people = [
  'Siti Rahmawati',
  'Budi Santoso',
  'Mustafa Kamal',
  'Muhammad Mustofa',
  'Rina Kusuma',
  'Dewi S.',
  'Nguyễn Văn A',
  'Ø'.repeat(40),
  'Stefanus Gunawan',
  'Resmiati',
  'Sri Resmiyati',
  'Pecinta Badminton',
  'Ni Luh Ayu Lestari',
  'I Gusti Ngurah Rai',
  'Yohanes Editya',
  'Moderna Putri',
  'Fiktor Hutapea',
  'Faktur Pajak',
  'Agus Salim',
  'Ahmad Fadli',
  'Made Wirawan',
  'Fitri Handayani',
  'Rahmat Hidayat',
  'Krisna Mukti',
  'Andi Pratama',
  'Wayan Sudarma',
  'Ketut Adi',
  'Joko 1945',
  'Putri Ayu ❤️',
  'Raden Ajeng Kartini',
  'Siti Nurhaliza',
  'Dimas Anggara',
  'Dimas Aditya',
]

describe('display names that imitate the newsroom, or hide characters', () => {
  it.each(impostors)('refuses %j', (name, message) => {
    expect(displayNameProblem(name)).toMatch(message)
  })

  it.each(people)('accepts %j', (name) => {
    expect(displayNameProblem(name)).toBeNull()
  })

  it('still refuses the name of a current staff member', () => {
    expect(displayNameProblem('sari dewi', ['Sari Dewi'])).toMatch(/dipakai staf/)
    expect(displayNameProblem('Ѕari Dewi', ['Sari Dewi'])).toMatch(/dipakai staf/)
  })
})

describe('comments of nothing visible', () => {
  it.each(['\u200b\u200b\u200b', '\u200b \u200c\n\u200d\u2060', '\u3164\u3164', '\u2800', '\u00ad\ufe0f', '\u{e0020}'])(
    '%j normalises to empty',
    (body) => {
      expect(normalizeBody(body)).toBe('')
    },
  )

  it('keeps text that has something visible, joiners in emoji included', () => {
    expect(normalizeBody('Setuju 👍')).toBe('Setuju 👍')
    expect(normalizeBody('👨\u200d👩\u200d👧')).toBe('👨\u200d👩\u200d👧')
  })
})

function form(values: Record<string, string | number>) {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.set(key, String(value))
  return data
}

beforeEach(() => {
  request.viewer = null
})

describe('the actions refuse them', () => {
  it('registration refuses an impostor name and stores nothing', async () => {
    for (const [displayName] of impostors.slice(0, 6).concat([['Ad\u200bmin', INVISIBLE]])) {
      const email = `baru${displayName.length}@contoh.id`
      const answer = await registerAction(null, form({ email, displayName, password: 'kuda lumping bersepeda malam' }))
      expect(answer).toMatchObject({ ok: false, fieldErrors: { displayName: [expect.any(String)] } })
      expect(await emailExists(email)).toBe(false)
    }
  })

  it('a reader cannot rename themselves into the newsroom', async () => {
    const user = await createUser(db(), { displayName: 'Budi Santoso' })
    request.viewer = await getAuthState(user.id)
    for (const displayName of ['Redaksi_FAKTA', 'Моderator', 'Ad\u200bmin']) {
      expect(await updateDisplayNameAction(null, form({ displayName }))).toMatchObject({ ok: false })
    }
    expect((await getAuthState(user.id))?.displayName).toBe('Budi Santoso')
    expect(await updateDisplayNameAction(null, form({ displayName: 'Siti Rahmawati' }))).toMatchObject({ ok: true })
  })

  it('a comment of zero-width spaces is refused as empty', async () => {
    const category = await createCategory(db(), { slug: 'nasional' })
    const article = await createArticle(db(), { categoryId: category.id, slug: 'berita' })
    const other = await createArticle(db(), { categoryId: category.id, slug: 'lain' })
    const user = await createUser(db())
    await createComment(db(), { articleId: other.id, userId: user.id, body: 'lama', createdAt: new Date(Date.now() - 86_400_000) })
    request.viewer = await getAuthState(user.id)
    const answer = await postComment(null, form({ articleId: article.id, body: '\u200b'.repeat(50), clientToken: 'token-zwsp-0001' }))
    expect(answer).toMatchObject({ ok: false })
    expect(JSON.stringify(answer)).toMatch(/tidak boleh kosong/)
    expect(await countApprovedComments(article.id)).toBe(0)
  })
})
