// Why an article was taken down, in the words readers and the desk see (docs/decisions/019).
import type { TakedownReason } from '@/db/schema'

export const takedownLabels: Record<TakedownReason, string> = {
  legal: 'Perintah hukum',
  privacy: 'Perlindungan privasi',
  inaccurate: 'Tidak akurat',
  council: 'Keputusan Dewan Pers',
  other: 'Alasan lain',
}

/** The reason in words; an unknown or missing reason reads as "other". */
export const takedownLabel = (reason: string | null | undefined): string =>
  reason && Object.hasOwn(takedownLabels, reason) ? takedownLabels[reason as TakedownReason] : takedownLabels.other
