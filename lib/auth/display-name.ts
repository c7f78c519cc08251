import { cleanName, hasControlCharacters } from '../text'

export const NAME_MIN = 2
export const NAME_MAX = 40

// Names that would pass for the newsroom speaking.
const RESERVED = /\b(?:admin|administrator|moderator|moderasi|redaksi|redaktur|editor|staf|staff|fakta|official|resmi)\b/i

/** A reason the display name is refused, or null. `staffNames` are current staff display names. */
export function displayNameProblem(raw: string, staffNames: string[] = []): string | null {
  if (hasControlCharacters(raw)) return 'Nama tampilan tidak boleh berisi karakter kontrol.'
  const name = cleanName(raw)
  const length = [...name].length
  if (length < NAME_MIN || length > NAME_MAX) return `Nama tampilan ${NAME_MIN} sampai ${NAME_MAX} karakter.`
  if (/[<>]/.test(name)) return 'Nama tampilan tidak boleh berisi tanda < atau >.'
  const folded = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  if (RESERVED.test(folded)) return 'Nama tampilan ini tidak boleh dipakai karena menyerupai nama staf FAKTA.'
  const lower = folded.toLowerCase()
  if (staffNames.some((staff) => staff.toLowerCase() === lower)) return 'Nama tampilan ini dipakai staf FAKTA.'
  return null
}
