'use server'

import { z } from 'zod'
import {
  changeRole,
  decideComments,
  getArticleForModeration,
  getUserTarget,
  sanctionUser,
  saveModerationSettings,
  setCommentMode,
  type Decision,
} from '@/db/queries/moderation'
import { commentModes, roles } from '@/db/schema'
import { id } from '@/lib/fields'
import { createAction, fail, redirectingAction } from '@/lib/server/action'
import { sanctionRefusal } from '@/lib/permissions'
import { revalidateArticles } from '@/lib/server/revalidate'
import { cleanName, cleanText } from '@/lib/text'

const reason = z
  .string()
  .max(500, 'Alasan maksimal 500 karakter.')
  .transform((value) => cleanName(value))
  .optional()
const back = z.string().max(500).optional()

function decide(decision: Decision, done: string) {
  return createAction(
    {
      // One id (a row's button) or many (the bulk selection).
      schema: z.object({
        ids: z.array(id).min(1, 'Pilih komentar terlebih dahulu.').max(200, 'Paling banyak 200 komentar sekaligus.'),
        reason,
        back,
      }),
      access: 'moderate:comment:any',
    },
    async (input, { viewer, now }) => {
      if (decision === 'reject' && !input.reason) return fail('Tuliskan alasan penolakan; penulis komentar akan melihatnya.')
      const { changed, articles } = await decideComments(input.ids, decision, viewer, input.reason || null, now)
      revalidateArticles(articles)
      if (changed.length === 0) return fail('Tidak ada yang berubah: komentar itu sudah ditangani.')
      return { ok: true, message: `${done}: ${changed.length} komentar.` }
    },
    (formData) => ({ ids: formData.getAll('ids') }),
  )
}

export const approveComments = redirectingAction(decide('approve', 'Disetujui'))
export const rejectComments = redirectingAction(decide('reject', 'Ditolak'))
export const restoreComments = redirectingAction(decide('restore', 'Dipulihkan'))
export const featureComments = redirectingAction(decide('feature', 'Dijadikan pilihan'))
export const unfeatureComments = redirectingAction(decide('unfeature', 'Batal pilihan'))

export const sanctionAction = redirectingAction(
  createAction(
    {
      schema: z.object({
        userId: id,
        sanction: z.enum(['suspend', 'ban', 'unban'], 'Tindakan tidak dikenal.'),
        days: z.coerce.number('Lama penangguhan tidak valid.').int().min(1, 'Minimal 1 hari.').max(365, 'Maksimal 365 hari.').optional(),
        reason: z
          .string()
          .max(500, 'Alasan maksimal 500 karakter.')
          .transform((value) => cleanName(value)),
        rejectAll: z.enum(['on']).optional(),
        back,
      }),
      access: 'sanction:user:any',
    },
    async (input, { viewer, now }) => {
      const target = await getUserTarget(input.userId)
      if (!target) return fail('Pengguna tidak ditemukan.')
      const refusal = sanctionRefusal(viewer, target)
      if (refusal) return fail(refusal)
      if (!input.reason) return fail('Tuliskan alasan sanksi.')
      if (input.sanction === 'suspend' && !input.days) return fail('Tentukan lama penangguhan.')
      const until = input.sanction === 'suspend' && input.days ? new Date(now.getTime() + input.days * 86_400_000) : null
      const { articles } = await sanctionUser(
        target.id,
        input.sanction,
        viewer,
        { until, reason: input.reason, rejectAll: input.rejectAll === 'on' },
        now,
      )
      revalidateArticles(articles)
      const done = { suspend: `ditangguhkan ${input.days} hari`, ban: 'diblokir', unban: 'dipulihkan' }[input.sanction]
      return { ok: true, message: `${target.displayName} ${done}.` }
    },
  ),
)

export const roleAction = redirectingAction(
  createAction(
    { schema: z.object({ userId: id, role: z.enum(roles, 'Peran tidak dikenal.'), back }), access: 'update:role:any' },
    async (input, { viewer }) => {
      const target = await getUserTarget(input.userId)
      if (!target) return fail('Pengguna tidak ditemukan.')
      if (target.id === viewer.id) return fail('Anda tidak bisa mengubah peran sendiri.')
      await changeRole(target.id, input.role, viewer)
      return { ok: true, message: `${target.displayName} sekarang ${input.role}.` }
    },
  ),
)

export const commentModeAction = redirectingAction(
  createAction(
    { schema: z.object({ articleId: id, mode: z.enum(commentModes, 'Mode tidak dikenal.'), back }), access: 'update:comment-mode:any' },
    async (input, { viewer }) => {
      if (!(await getArticleForModeration(input.articleId))) return fail('Berita tidak ditemukan.')
      const article = await setCommentMode(input.articleId, input.mode, viewer)
      if (article) revalidateArticles([article])
      return { ok: true, message: `Mode komentar diubah menjadi ${input.mode}.` }
    },
  ),
)

const MAX_WORDS = 5000

/** One word or phrase per line, cleaned, folded to lower case, without duplicates. */
const wordList = (label: string) =>
  z
    .string()
    .max(200_000, `Daftar ${label} terlalu panjang.`)
    .transform((text) => [
      ...new Set(
        text
          .split('\n')
          .map((line) => cleanText(line).trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .refine((words) => words.length <= MAX_WORDS, `Daftar ${label} maksimal ${MAX_WORDS.toLocaleString('id-ID')} baris.`)
    .refine((words) => words.every((word) => word.length <= 60), `Setiap baris daftar ${label} maksimal 60 karakter.`)

export const settingsAction = redirectingAction(
  createAction(
    {
      schema: z.object({
        banned: wordList('kata terlarang'),
        suspect: wordList('kata diawasi'),
        reportThreshold: z.coerce
          .number('Ambang laporan harus angka.')
          .int('Ambang laporan harus bilangan bulat.')
          .min(1, 'Minimal 1.')
          .max(100, 'Maksimal 100.'),
        reporterMinAgeDays: z.coerce
          .number('Umur akun pelapor harus angka.')
          .int('Umur akun pelapor harus bilangan bulat.')
          .min(0, 'Minimal 0 hari.')
          .max(365, 'Maksimal 365 hari.'),
        reporterMinApproved: z.coerce
          .number('Jumlah komentar disetujui harus angka.')
          .int('Jumlah komentar disetujui harus bilangan bulat.')
          .min(0, 'Minimal 0.')
          .max(1000, 'Maksimal 1.000.'),
        trustAfterApproved: z.coerce
          .number('Jumlah komentar disetujui untuk pembaca baru harus angka.')
          .int('Jumlah komentar disetujui untuk pembaca baru harus bilangan bulat.')
          .min(0, 'Minimal 0.')
          .max(50, 'Maksimal 50.'),
        distrustRejectedPercent: z.coerce
          .number('Persentase komentar ditolak harus angka.')
          .int('Persentase komentar ditolak harus bilangan bulat.')
          .min(0, 'Minimal 0%.')
          .max(100, 'Maksimal 100%.'),
        back,
      }),
      access: 'manage:wordlist:any',
    },
    async (input, { viewer }) => {
      await saveModerationSettings(
        {
          banned: input.banned,
          suspect: input.suspect,
          reportThreshold: input.reportThreshold,
          reporterMinAgeDays: input.reporterMinAgeDays,
          reporterMinApproved: input.reporterMinApproved,
          trustAfterApproved: input.trustAfterApproved,
          distrustRejectedPercent: input.distrustRejectedPercent,
        },
        viewer,
      )
      return { ok: true, message: 'Pengaturan moderasi disimpan.' }
    },
  ),
)
