import type { QuizQuestion } from '@/db/schema'
import { answerField } from '@/lib/quiz'

/**
 * A quiz as a plain GET form: the result page scores it on the server, so it works the same with
 * or without JavaScript. The right answers stay on the server.
 */
export function Quiz({ questions, resultPath }: { questions: QuizQuestion[]; resultPath: string }) {
  return (
    <form action={resultPath} method="get" className="my-8 space-y-6 font-sans" aria-label="Kuis">
      <p className="text-sm text-muted">{questions.length} pertanyaan. Pilih satu jawaban untuk setiap pertanyaan, lalu lihat skor Anda.</p>
      {questions.map((question, index) => (
        <fieldset key={index} className="rounded-lg border border-line p-4">
          {/* Floated, the question sits inside the box instead of on its border. */}
          <legend className="float-left w-full font-serif text-lg leading-snug font-bold">
            {index + 1}. {question.prompt}
          </legend>
          <div className="clear-both space-y-2 pt-3">
            {question.options.map((option, choice) => (
              <label
                key={choice}
                className="flex cursor-pointer items-center gap-3 rounded-md border border-line px-4 py-2.5 hover:border-ink has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
              >
                <input type="radio" name={answerField(index)} value={choice} required className="h-4 w-4 accent-brand" />
                <span>{option}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" className="rounded-full bg-brand px-6 py-2.5 font-semibold text-white hover:bg-brand-dark">
        Lihat skor
      </button>
    </form>
  )
}
