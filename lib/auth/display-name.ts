import unhomoglyph from 'unhomoglyph'
import { cleanName, hasControlCharacters, hasInvisibleCharacters } from '../text'

export const NAME_MIN = 2
export const NAME_MAX = 40

// Names that would pass for the newsroom speaking. The rule, checked on the folded name (below):
// - the long newsroom words are refused anywhere, separators ignored, so `Redaksi_FAKTA`,
//   `r.e.d.a.k.s.i` and `TimEditor` are caught;
// - the short ones that also live inside ordinary names only where a word (or the whole name)
//   starts with them: `admin` (Admin123, AdminFakta, but Badminton), `staf`/`staff` (Staf Budi,
//   but Mustafa). `resmi` only as a whole word (Akun Resmi, but Resmiati). A name that starts with
//   "Admin" (Adminah) is refused: rare enough, and too close to call.
const ANYWHERE = ['redaksi', 'redaktur', 'redaktor', 'moderator', 'moderasi', 'administrator', 'editor', 'fakta', 'official']
const WORD_START = ['admin', 'staf']
const WHOLE_WORD = ['resmi']

// Letter-like digits people use to dodge a filter (F4kta, Adm1n); 0 and 1 the skeleton folds itself.
const DIGIT_LETTERS: Record<string, string> = { '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' }

/** UTS #39 skeleton: NFD, each character to its prototype in Unicode's confusables.txt, NFD. */
function skeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD')).normalize('NFD')
}

/** Skeleton and lower case, repeated until stable (a lower-case letter can have its own prototype). */
function settle(text: string): string {
  let current = text
  for (let round = 0; round < 4; round++) {
    const next = skeleton(current).toLowerCase()
    if (next === current) break
    current = next
  }
  return (
    current
      .replace(/\p{M}/gu, '')
      .replace(/[34578]/g, (digit) => DIGIT_LETTERS[digit] ?? digit)
      // The skeleton keeps l and I apart only by case; folded, they are one letter with i.
      .replace(/l/g, 'i')
  )
}

/**
 * The words of a name as it looks, not as it is spelled: NFKC, then the confusable skeleton in
 * upper, lower and given case (the skeleton is case-sensitive: Cyrillic М only becomes m from the
 * capital, small capital ʀ only from its upper case Ʀ), marks dropped.
 */
function foldings(name: string): string[][] {
  const base = name.normalize('NFKC')
  const variants = new Set([base, base.toLowerCase(), base.toUpperCase()].map(settle))
  return [...variants].map((folded) => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
}

const foldWord = (word: string) => settle(word)

function imitatesNewsroom(name: string): boolean {
  return foldings(name).some((words) => {
    const joined = words.join('')
    if (ANYWHERE.some((word) => joined.includes(foldWord(word)))) return true
    const starts = WORD_START.map(foldWord)
    if (starts.some((word) => joined.startsWith(word) || words.some((w) => w.startsWith(word)))) return true
    return WHOLE_WORD.map(foldWord).some((word) => words.includes(word))
  })
}

/** Whether two names look the same once folded (case, confusables, separators). */
function looksLike(a: string, b: string): boolean {
  const bs = new Set(foldings(b).map((words) => words.join('')))
  return foldings(a).some((words) => bs.has(words.join('')))
}

// IPA and phonetic letters (small capitals like ᴀ and ᴍ among them): no one's name needs them, and
// confusables.txt does not fold most of them to the letters they imitate.
const PHONETIC = /[\u0250-\u02af\u1d00-\u1dbf]/

/** A reason the display name is refused, or null. `staffNames` are current staff display names. */
export function displayNameProblem(raw: string, staffNames: string[] = []): string | null {
  if (hasControlCharacters(raw)) return 'Nama tampilan tidak boleh berisi karakter kontrol.'
  if (hasInvisibleCharacters(raw)) {
    return 'Nama tampilan tidak boleh berisi karakter tak terlihat (seperti spasi lebar nol atau penyambung).'
  }
  const name = cleanName(raw)
  const length = [...name].length
  if (length < NAME_MIN || length > NAME_MAX) return `Nama tampilan ${NAME_MIN} sampai ${NAME_MAX} karakter.`
  if (/[<>]/.test(name)) return 'Nama tampilan tidak boleh berisi tanda < atau >.'
  if (imitatesNewsroom(name)) return 'Nama tampilan ini tidak boleh dipakai karena menyerupai nama staf FAKTA.'
  if (PHONETIC.test(name)) return 'Nama tampilan tidak boleh memakai huruf fonetik atau huruf kapital kecil.'
  if (staffNames.some((staff) => looksLike(name, staff))) return 'Nama tampilan ini dipakai staf FAKTA.'
  return null
}
