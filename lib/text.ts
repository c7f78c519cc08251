// User text: normalised to NFC, control and bidirectional-override characters removed.

// C0/C1 controls except tab and newline, and the bidi embedding/override/isolate marks.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function cleanText(input: string): string {
  return input.replace(LONE_SURROGATE, '').normalize('NFC').replace(CONTROL, '')
}

/** A one-line name: also no newlines or tabs, inner whitespace collapsed. */
export function cleanName(input: string): string {
  return cleanText(input).replace(/\s+/g, ' ').trim()
}

/** `input` without any of `chars` at either end (or only at the end), in linear time. */
export function trimChars(input: string, chars: string, ends: 'both' | 'end' = 'both'): string {
  let start = 0
  let end = input.length
  if (ends === 'both') while (start < end && chars.includes(input[start]!)) start++
  while (end > start && chars.includes(input[end - 1]!)) end--
  return input.slice(start, end)
}

// Characters that show nothing: format characters (Cf: zero-width space, joiners, word joiner, soft
// hyphen, bidi marks, tag characters) and the default-ignorable code points (Hangul fillers,
// Mongolian vowel separator, variation selectors, combining grapheme joiner), plus the braille
// blank, which renders as empty space but is neither.
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u
const VISIBLE = /[^\s\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u
// An emoji with its presentation selector, skin tone and zero-width-joined parts (👨‍👩‍👧, ❤️): the
// one place where joiners and variation selectors are part of what a person sees.
const EMOJI_SEQUENCE = /\p{Extended_Pictographic}\p{Emoji_Modifier}?\uFE0F?(?:\u200D\p{Extended_Pictographic}\p{Emoji_Modifier}?\uFE0F?)*/gu

/** Whether `input` holds a character that shows nothing (outside an emoji sequence). */
export function hasInvisibleCharacters(input: string): boolean {
  return INVISIBLE.test(input.replace(EMOJI_SEQUENCE, 'x'))
}

/** Whether a reader would see nothing at all: only whitespace and invisible characters. */
export function isBlank(input: string): boolean {
  return !VISIBLE.test(input)
}

export function hasControlCharacters(input: string): boolean {
  return new RegExp(CONTROL.source).test(input) || /[\n\r\t]/.test(input)
}
