import { describe, expect, it } from 'vitest'
import { answerField, scoreQuiz, verdict } from './quiz'

const questions = [
  { prompt: 'Satu?', options: ['a', 'b', 'c'], answer: 1, explanation: '' },
  { prompt: 'Dua?', options: ['a', 'b', 'c', 'd'], answer: 3, explanation: '' },
  { prompt: 'Tiga?', options: ['a', 'b', 'c'], answer: 0, explanation: '' },
]

describe('scoring a quiz', () => {
  it('counts right answers', () => {
    expect(scoreQuiz(questions, { j1: '1', j2: '3', j3: '0' }).score).toBe(3)
    const { answers, score, total } = scoreQuiz(questions, { j1: '1', j2: '2', j3: '0' })
    expect({ score, total }).toEqual({ score: 2, total: 3 })
    expect(answers[1]).toEqual({ chosen: 2, correct: false })
  })

  it('treats missing, repeated, out-of-range and malformed answers as unanswered', () => {
    const { answers, score } = scoreQuiz(questions, { j1: ['1', '1'], j2: '9', j3: '0x' })
    expect(score).toBe(0)
    expect(answers.map((a) => a.chosen)).toEqual([null, null, null])
    expect(scoreQuiz(questions, { j1: '-1', j2: '3.0', j3: 'x'.repeat(10_000) }).score).toBe(0)
    expect(scoreQuiz(questions, {}).answers.every((a) => a.chosen === null)).toBe(true)
  })

  it('names fields j1, j2, … and has a word for every score', () => {
    expect(answerField(0)).toBe('j1')
    expect(verdict(3, 3)).toMatch(/Sempurna/)
    expect(verdict(0, 3)).toMatch(/Belum/)
    expect(verdict(0, 0)).toBe('')
  })
})
