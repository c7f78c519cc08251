export const PAGE_SIZE = 12

/**
 * Parses a page number from a path segment or query value. Only canonical positive integers
 * ("2", not "02", "-1", "1e3" or "abc") are pages; everything else is null.
 */
export function parsePage(value: string | undefined | null): number | null {
  if (value == null || !/^[1-9]\d{0,5}$/.test(value)) return null
  return Number(value)
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize))
}
