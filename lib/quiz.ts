// Quiz scoring, on the server: the right answers never reach the browser.
import type { QuizQuestion } from '@/db/schema'

export type QuizAnswer = { chosen: number | null; correct: boolean }

/** The field of question i in the quiz form and in the result URL: j1, j2, ... */
export const answerField = (index: number) => `j${index + 1}`

/**
 * Scores answers read from a query string. A missing, repeated or malformed answer, or an option
 * that does not exist, counts as unanswered.
 */
export function scoreQuiz(questions: QuizQuestion[], params: Record<string, string | string[] | undefined>) {
  const answers: QuizAnswer[] = questions.map((question, index) => {
    const raw = params[answerField(index)]
    const chosen = typeof raw === 'string' && /^\d{1,2}$/.test(raw) && Number(raw) < question.options.length ? Number(raw) : null
    return { chosen, correct: chosen === question.answer }
  })
  return { answers, score: answers.filter((a) => a.correct).length, total: questions.length }
}

/** A word on the score, from all wrong to all right. */
export function verdict(score: number, total: number): string {
  if (total === 0) return ''
  const ratio = score / total
  if (ratio === 1) return 'Sempurna! Anda mengikuti berita dengan sangat saksama.'
  if (ratio >= 0.6) return 'Bagus! Anda cukup mengikuti perkembangan berita.'
  if (ratio > 0) return 'Lumayan. Baca lagi berita terkait untuk melengkapi pengetahuan Anda.'
  return 'Belum ada jawaban yang benar. Coba lagi setelah membaca berita terkait.'
}
