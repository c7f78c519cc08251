import { describe, expect, it } from 'vitest'
import { displayNameProblem } from './display-name'

describe('display names', () => {
  it.each(['Budi', 'Rina Kusuma', 'Dewi S.', 'Nguyễn Văn A', 'Ø'.repeat(40)])('accepts %j', (name) => {
    expect(displayNameProblem(name)).toBeNull()
  })

  it.each([
    ['B', /2 sampai 40/],
    ['x'.repeat(41), /2 sampai 40/],
    ['<b>Budi</b>', /< atau >/],
    ['<img src=x onerror=alert(1)>', /< atau >/],
    ['Budi\u0000', /karakter kontrol/],
    ['Budi\u202Eodu', /karakter kontrol/],
    ['Budi\nBaru', /karakter kontrol/],
    ['Admin', /staf FAKTA/],
    ['Redaksi FAKTA', /staf FAKTA/],
    ['Mödërator', /staf FAKTA/],
  ])('refuses %j', (name, message) => {
    expect(displayNameProblem(name)).toMatch(message)
  })

  it('refuses the name of a current staff member', () => {
    expect(displayNameProblem('sari dewi', ['Sari Dewi'])).toMatch(/dipakai staf/)
  })
})
