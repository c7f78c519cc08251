import { trimChars } from './text'

/** Turns a title or name into an ASCII kebab-case slug ("Jens Stoltenberg" -> "jens-stoltenberg"). */
export function slugify(input: string): string {
  const slug = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, '-')
  return trimChars(trimChars(slug, '-').slice(0, 120), '-', 'end')
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A slug from a URL is only looked up when it could exist; anything else is a 404 at once. */
export function isValidSlug(value: string): boolean {
  return value.length <= 160 && SLUG.test(value)
}
