import { notFound } from 'next/navigation'
import { Breadcrumb } from '@/components/breadcrumb'
import { Link } from '@/components/link'
import { piecePath } from '@/lib/paths'
import { scoreQuiz, verdict } from '@/lib/quiz'
import { loadPiece } from '@/lib/server/pieces'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  const piece = await loadPiece('interactive', (await params).slug)
  return piece ? { title: `Skor: ${piece.title}`, robots: { index: false } } : {}
}

/** The score of a quiz, worked out on the server from the answers in the URL. */
export default async function QuizResultPage({ params, searchParams }: Props) {
  const piece = await loadPiece('interactive', (await params).slug)
  const quiz = piece?.body.find((block) => block.type === 'quiz')
  if (!piece || !quiz) notFound()
  const { answers, score, total } = scoreQuiz(quiz.questions, await searchParams)
  const path = piecePath('interactive', piece.slug)
  return (
    <main className="mx-auto max-w-3xl px-4 pt-6">
      <Breadcrumb
        items={[
          { href: '/interaktif', label: 'Interaktif' },
          { href: path, label: piece.title },
        ]}
      />
      <h1 className="mt-3 font-serif text-3xl leading-tight font-bold">{piece.title}</h1>
      <section aria-labelledby="skor" className="mt-6 rounded-lg bg-ink p-6 text-white">
        <h2 id="skor" className="text-sm font-bold tracking-wide uppercase">
          Skor Anda
        </h2>
        <p className="mt-1 font-serif text-5xl font-bold">
          {score} dari {total}
        </p>
        <p className="mt-2">{verdict(score, total)}</p>
      </section>
      <ol className="mt-8 space-y-5">
        {quiz.questions.map((question, index) => {
          const answer = answers[index]!
          return (
            <li
              key={index}
              className={`rounded-lg border-l-4 p-4 ${answer.correct ? 'border-green-700 bg-green-50' : 'border-brand bg-brand-soft/60'}`}
            >
              <p className="font-serif text-lg font-bold">
                {index + 1}. {question.prompt}
              </p>
              <p className="mt-2 text-sm">
                <span className="font-semibold">
                  {answer.correct ? 'Benar.' : answer.chosen === null ? 'Tidak dijawab.' : 'Kurang tepat.'}
                </span>{' '}
                {answer.chosen !== null && !answer.correct && <>Jawaban Anda: {question.options[answer.chosen]}. </>}
                Jawaban yang benar: <strong>{question.options[question.answer]}</strong>.
              </p>
              <p className="mt-1 text-sm text-muted">{question.explanation}</p>
            </li>
          )
        })}
      </ol>
      <p className="mt-8 flex flex-wrap gap-4">
        <Link href={path} className="rounded-full bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          Ulangi kuis
        </Link>
        <Link href="/interaktif" className="rounded-full border border-line px-5 py-2 font-semibold hover:border-ink">
          Interaktif lainnya
        </Link>
      </p>
    </main>
  )
}
