import { expect, test, type Page } from '@playwright/test'
import { demoInteractives } from '../../db/seed/interactive-data'
import { axeViolations } from './axe'

async function shoot(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `tests/artifacts/screenshots/${name}-${width}.png`, fullPage: true })
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${name} at ${width}`).toBeLessThanOrEqual(
      0,
    )
  }
}

const growth = '/data/pertumbuhan-ekonomi-indonesia-sempat-minus-kini-kembali-di-kisaran-5-persen'
const piece = (type: 'poll' | 'quiz' | 'timeline') => {
  const found = demoInteractives.find((item) => item.piece.type === type)
  if (!found) throw new Error(`no demo ${type}`)
  return found
}

test('Data: the index lists stories and open datasets; a story has an accessible chart, its table and a CSV', async ({ page, request }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Data', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data')
  expect(await page.getByRole('main').locator('article').count()).toBeGreaterThanOrEqual(6)
  await expect(page.getByRole('heading', { name: 'Set data terbuka' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await shoot(page, 'data-index')

  await page.goto(growth)
  const chart = page.getByRole('img', { name: 'Pertumbuhan Ekonomi Indonesia 2015-2023' })
  await expect(chart).toBeVisible()
  // The description speaks the numbers, negatives included; the axes are labelled.
  await expect(chart.locator('desc')).toContainText('terendah -2,07 pada 2020')
  await expect(chart.locator('text', { hasText: /^persen$/ })).toHaveCount(1)
  await expect(chart.locator('text', { hasText: /^Tahun$/ })).toHaveCount(1)
  expect(await chart.locator('rect').count()).toBe(9)

  await page.getByText('Lihat tabel data').first().click()
  const table = page.getByRole('table').first()
  await expect(table.getByRole('columnheader').first()).toHaveText('Tahun')
  await expect(table.getByRole('row', { name: /2020/ })).toContainText('-2,07')
  expect(await axeViolations(page)).toEqual([])
  await shoot(page, 'data-story')

  const href = await page.getByRole('link', { name: 'Unduh data (CSV)' }).first().getAttribute('href')
  const csv = await request.get(href!)
  expect(csv.status()).toBe(200)
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/)
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"$/)
  const lines = (await csv.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
  expect(lines[0]).toMatch(/^Tahun,/)
  expect(lines).toContain('2020,-2.07')
  // Search engines get each dataset as schema.org Dataset with its CSV.
  const structured = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text))
  expect(structured.filter((item) => item['@type'] === 'Dataset')).toEqual([
    expect.objectContaining({
      name: 'Pertumbuhan Ekonomi Indonesia 2015-2023',
      distribution: [expect.objectContaining({ contentUrl: expect.stringMatching(new RegExp(`${href}$`)) })],
    }),
  ])
  expect((await request.get('/data/csv/tidak-ada')).status()).toBe(404)
  expect((await request.get('/data/tidak-ada')).status()).toBe(404)
})

test('Interaktif: the index lists at least six pieces', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Interaktif', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interaktif')
  const items = page.getByRole('main').locator('article')
  expect(await items.count()).toBeGreaterThanOrEqual(6)
  // Each piece says what it is.
  for (const format of ['Jajak pendapat', 'Kuis', 'Linimasa']) {
    await expect(items.filter({ has: page.getByText(format, { exact: true }) }).first()).toBeVisible()
  }
  expect(await axeViolations(page)).toEqual([])
  await shoot(page, 'interaktif-index')
})

test('a poll: results only after voting, one vote per browser, counted exactly', async ({ page, browser }) => {
  // Three page loads, a second browser, two accessibility scans and four full-page screenshots:
  // more than the default 30 s on a loaded machine.
  test.slow()
  const poll = piece('poll')
  if (poll.piece.type !== 'poll') throw new Error('not a poll')
  const [first, second] = poll.piece.options
  await page.clock.install()
  await page.goto(`/interaktif/${poll.slug}`)
  const region = page.getByRole('region', { name: poll.piece.question })
  await expect(region.getByRole('list', { name: 'Hasil jajak pendapat' })).toHaveCount(0)
  expect(await axeViolations(page)).toEqual([])
  await shoot(page, 'poll')

  await region.getByRole('radio', { name: first! }).check()
  await region.getByRole('button', { name: 'Kirim suara' }).click()
  await expect(region.getByRole('status')).toHaveText('Terima kasih, suara Anda tercatat.')
  const results = region.getByRole('list', { name: 'Hasil jajak pendapat' })
  await expect(results.getByRole('listitem').filter({ hasText: 'Pilihan Anda' })).toContainText(first!)
  const total = Number((await region.getByText(/^Total [\d.]+ suara\.$/).textContent())!.replace(/\D/g, ''))
  expect(total).toBeGreaterThanOrEqual(1)
  expect(await axeViolations(page)).toEqual([])
  await shoot(page, 'poll-results')

  // Coming back, the browser sees its result; forgetting the local hint does not buy a second vote.
  await page.reload()
  await expect(region.getByRole('listitem').filter({ hasText: 'Pilihan Anda' })).toContainText(first!)
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await region.getByRole('radio', { name: second! }).check()
  await region.getByRole('button', { name: 'Kirim suara' }).click()
  await expect(region.getByRole('status')).toContainText('Anda sudah memberikan suara')
  await expect(region.getByRole('listitem').filter({ hasText: 'Pilihan Anda' })).toContainText(first!)
  await expect(region.getByText(`Total ${total} suara.`)).toBeVisible()

  // Another browser (its own cookie) adds exactly one vote, and without JavaScript too.
  const other = await browser.newContext({ javaScriptEnabled: false })
  const plain = await other.newPage()
  await plain.goto(`/interaktif/${poll.slug}`)
  await plain.getByRole('radio', { name: second! }).check()
  await plain.getByRole('button', { name: 'Kirim suara' }).click()
  await expect(plain.getByText('Terima kasih, suara Anda tercatat.')).toBeVisible()
  await expect(plain.getByText(`Total ${total + 1} suara.`)).toBeVisible()
  await other.close()

  // The first browser's results are live: the next refresh shows the other vote. Waiting for the
  // refresh's own answer, however slow the server is, rather than for a fixed few seconds.
  const refreshed = page.waitForResponse((response) => /\/api\/polls\/\d+$/.test(new URL(response.url()).pathname))
  await page.clock.fastForward(21_000)
  expect((await refreshed).ok()).toBe(true)
  await expect(region.getByText(`Total ${total + 1} suara.`)).toBeVisible()
})

for (const javaScriptEnabled of [true, false]) {
  test(`a quiz is scored on the server ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({ browser }) => {
    const quiz = piece('quiz')
    if (quiz.piece.type !== 'quiz') throw new Error('not a quiz')
    const context = await browser.newContext({ javaScriptEnabled })
    const page = await context.newPage()
    await page.goto(`/interaktif/${quiz.slug}`)
    const questions = quiz.piece.questions
    // Every answer right but the first.
    for (const [index, question] of questions.entries()) {
      const group = page.getByRole('group', { name: `${index + 1}. ${question.prompt}` })
      const choice = index === 0 ? (question.answer + 1) % question.options.length : question.answer
      await group.getByRole('radio', { name: question.options[choice]!, exact: true }).check()
    }
    if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Lihat skor' }).click()
    await expect(page).toHaveURL(new RegExp(`/interaktif/${quiz.slug}/hasil\\?j1=`))
    await expect(page.getByRole('region', { name: 'Skor Anda' })).toContainText(`${questions.length - 1} dari ${questions.length}`)
    await expect(page.getByText('Kurang tepat.')).toHaveCount(1)
    if (javaScriptEnabled) {
      expect(await axeViolations(page)).toEqual([])
      await shoot(page, 'quiz-result')
    }
    // A forged or partial answer sheet is scored as unanswered, never an error.
    const response = await page.goto(`/interaktif/${quiz.slug}/hasil?j1=99&j2=%22&j3=-1`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('region', { name: 'Skor Anda' })).toContainText(`0 dari ${questions.length}`)
    await context.close()
  })
}

test('a timeline steps through events by button and by arrow key', async ({ page }) => {
  const timeline = piece('timeline')
  if (timeline.piece.type !== 'timeline') throw new Error('not a timeline')
  const [first, second, third] = timeline.piece.events
  await page.goto(`/interaktif/${timeline.slug}`)
  const region = page.getByRole('region', { name: timeline.piece.title })
  await expect(region.getByRole('heading', { level: 3 })).toHaveText(first!.heading)
  // A click before the island has hydrated would do nothing.
  await expect(page.locator('section[data-live]')).toHaveCount(1)
  await region.getByRole('button', { name: 'Berikutnya →' }).click()
  await expect(region.getByRole('heading', { level: 3 })).toHaveText(second!.heading)
  await region.getByRole('button', { name: `${second!.date}: ${second!.heading}` }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(region.getByRole('heading', { level: 3 })).toHaveText(third!.heading)
  await expect(region.getByRole('button', { name: `${third!.date}: ${third!.heading}` })).toBeFocused()
  expect(await axeViolations(page)).toEqual([])
  await shoot(page, 'timeline')
})

test('the home page has a block for every vertical', async ({ page }) => {
  await page.goto('/')
  for (const name of ['Data', 'Pointer', 'Interaktif', 'Program', 'Jobs']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible()
  }
})
