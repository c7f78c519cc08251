import { describe, expect, it } from 'vitest'
import { isBot, ViewBuffer } from './view-buffer'

describe('isBot', () => {
  it('lets browsers through', () => {
    expect(isBot('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36')).toBe(false)
  })
  it.each([null, '', 'Googlebot/2.1', 'facebookexternalhit/1.1', 'curl/8.0', 'Mozilla/5.0 HeadlessChrome/126'])('ignores %j', (ua) => {
    expect(isBot(ua)).toBe(true)
  })
})

describe('ViewBuffer', () => {
  it('writes counts per article in one batch, for the current hour', () => {
    const writes: [Map<number, number>, number][] = []
    const buffer = new ViewBuffer(
      (counts, hour) => writes.push([counts, hour]),
      100,
      () => 7_200_000 + 5,
    )
    buffer.add(1, 'a')
    buffer.add(1, 'b')
    buffer.add(2, 'a')
    expect(writes).toHaveLength(0)
    buffer.flush()
    expect(writes).toEqual([
      [
        new Map([
          [1, 2],
          [2, 1],
        ]),
        2,
      ],
    ])
    buffer.flush()
    expect(writes).toHaveLength(1)
  })

  it('counts a visitor once per article per clock hour, across batches', () => {
    let clock = 3_600_000 * 10 + 1000
    const writes: Map<number, number>[] = []
    const buffer = new ViewBuffer(
      (counts) => writes.push(counts),
      500,
      () => clock,
    )
    buffer.add(1, 'same')
    buffer.add(1, 'same')
    buffer.flush()
    clock += 30 * 60_000
    buffer.add(1, 'same')
    buffer.add(2, 'same')
    buffer.flush()
    clock += 30 * 60_000
    buffer.add(1, 'same')
    buffer.flush()
    expect(writes).toEqual([new Map([[1, 1]]), new Map([[2, 1]]), new Map([[1, 1]])])
  })

  it('remembers a bounded number of visitors, forgetting the oldest first', () => {
    const writes: Map<number, number>[] = []
    const buffer = new ViewBuffer(
      (counts) => writes.push(counts),
      500,
      () => 0,
      2,
    )
    buffer.add(1, 'a')
    buffer.add(1, 'b')
    buffer.add(1, 'c')
    buffer.add(1, 'c')
    buffer.add(1, 'a')
    buffer.flush()
    expect(writes).toEqual([new Map([[1, 4]])])
  })

  it('flushes by itself when the batch is full', () => {
    const writes: Map<number, number>[] = []
    const buffer = new ViewBuffer((counts) => writes.push(counts), 3)
    buffer.add(1, 'a')
    buffer.add(1, 'b')
    expect(writes).toHaveLength(0)
    buffer.add(1, 'c')
    expect(writes).toEqual([new Map([[1, 3]])])
  })
})
