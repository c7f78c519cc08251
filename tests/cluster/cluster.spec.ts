// Two production instances on one database and one Redis (docs/decisions/023): what a reader, a
// writer or a moderator does on one is what every instance serves next.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { Redis } from 'ioredis'
import { articleIdOf, makeRegular, makeUser, signIn, type TestUser } from './accounts'
import { CLUSTER_DIR } from './playwright.config'
import { A, B, clusterEnv, prerenderedRedisKey, REDIS_PREFIX, startInstance, suiteRedisUrl, type Instance } from './instances'

test.skip(process.env.CLUSTER_SKIP === '1', 'Redis is not reachable')
test.describe.configure({ mode: 'serial' })

const ARTICLE_SLUG = 'bapanas-harga-beras-medium-mulai-turun-di-sejumlah-daerah'
const ARTICLE = `/news/ekonomi/${ARTICLE_SLUG}`
const env = () => clusterEnv(process.env.E2E_DATABASE_FILE!, path.join(CLUSTER_DIR, 'media'))

let a: Instance
let b: Instance

test.beforeAll(async () => {
  test.setTimeout(180_000)
  ;[a, b] = await Promise.all([startInstance(3401, env()), startInstance(3402, env())])
})

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
})

async function pageOn(browser: Browser, baseURL: string): Promise<Page> {
  return (await browser.newContext({ baseURL })).newPage()
}

async function post(page: Page, text: string) {
  const area = page.locator('#komentar')
  await area.getByLabel(/Tulis komentar sebagai/).fill(text)
  await area.getByRole('button', { name: 'Kirim', exact: true }).click()
  await expect(area.getByRole('status')).toHaveText('Komentar Anda sudah tayang.')
}

async function commentsOnB(articleId: number): Promise<string> {
  return (await fetch(`${B}/api/comments/${articleId}`)).text()
}

test('the build’s prerendered pages are in the shared cache as soon as the instances have started', async () => {
  // Redis was emptied before the suite, and the instances have answered only their health checks.
  const redis = new Redis(suiteRedisUrl())
  try {
    const distDir = env().NEXT_DIST_DIR!
    for (const route of ['/baca', `/baca${ARTICLE}`, '/baca/news/ekonomi']) {
      expect(await redis.exists(prerenderedRedisKey(distDir, route)), route).toBe(1)
    }
  } finally {
    redis.disconnect()
  }
})

test('a reader signed in on A is signed in on B with the same cookie', async ({ browser }) => {
  const page = await pageOn(browser, A)
  const user = await makeUser()
  await signIn(page, user)
  expect(await (await page.request.get(`${A}/api/me`)).json()).toMatchObject({ signedIn: true, name: user.displayName })
  expect(await (await page.request.get(`${B}/api/me`)).json()).toMatchObject({ signedIn: true, name: user.displayName })
})

test('a comment posted on A is in B’s comment data within 10 s', async ({ browser }) => {
  const articleId = await articleIdOf(ARTICLE_SLUG)
  // B has the comment data cached before the post.
  const before = await commentsOnB(articleId)
  expect(await commentsOnB(articleId)).toBe(before)
  const page = await pageOn(browser, A)
  await signIn(page, await makeRegular(), ARTICLE)
  const text = `Dari instans A ke instans B ${Date.now()}`
  await post(page, text)
  const posted = Date.now()
  await expect(async () => expect(await commentsOnB(articleId)).toContain(text)).toPass({ timeout: 10_000, intervals: [250] })
  expect(Date.now() - posted).toBeLessThan(10_000)
})

test('an article an editor publishes on A is on B’s home page within 2 s', async ({ browser }) => {
  test.setTimeout(120_000)
  const title = `Uji gugus terbit ${Date.now().toString(36)}`
  const desk = await pageOn(browser, A)
  await signIn(desk, await makeUser({ role: 'editor' }), '/staff/desk')
  // B has its home page cached before the change.
  expect(await (await fetch(`${B}/`)).text()).not.toContain(title)
  await desk.goto('/staff/desk/new')
  await desk.getByLabel('Judul', { exact: true }).fill(title)
  await desk.getByLabel('Kategori', { exact: true }).selectOption({ index: 1 })
  await desk.getByRole('group', { name: 'Penulis' }).getByRole('checkbox').first().check()
  await desk.getByRole('textbox', { name: 'Isi berita' }).click()
  await desk.keyboard.type(`Paragraf pertama ${title}.`)
  await desk.getByRole('button', { name: 'Simpan draf' }).click()
  await expect(desk).toHaveURL(/\/staff\/desk\/\d+$/)
  await desk.getByRole('button', { name: 'Terbitkan' }).click()
  await expect(desk.getByRole('button', { name: 'Perbarui' })).toBeVisible()
  const answered = Date.now()
  // Each of B's answers: when it was asked for (ms after A's), how long it took, Next's cache status, whether it listed the article.
  const answers: string[] = []
  await expect(async () => {
    const asked = Date.now()
    const response = await fetch(`${B}/`)
    const text = await response.text()
    answers.push(`${asked - answered} ms: ${Date.now() - asked} ms ${response.headers.get('x-nextjs-cache')} ${text.includes(title)}`)
    expect(text).toContain(title)
  }).toPass({ timeout: 20_000, intervals: [200] })
  const elapsed = Date.now() - answered
  console.log(`B’s home page listed the article ${elapsed} ms after A answered (${answers.join('; ')})`)
  expect(elapsed, `milliseconds until B’s home page listed it (${answers.join('; ')})`).toBeLessThan(2_000)
  // The first answer after the change already was the new page, rendered for it: never the old one once more.
  expect(answers, 'B’s answers').toHaveLength(1)
})

test('every key in Redis carries the deployment’s prefix, and the tags hash outlives the entries', async () => {
  const redis = new Redis(suiteRedisUrl())
  try {
    const keys = await redis.keys('*')
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.filter((key) => !key.startsWith(`${REDIS_PREFIX}:`))).toEqual([])
    // Revalidated by the publish above; its expiry is pushed back on every write.
    const tagsTtl = await redis.ttl(`${REDIS_PREFIX}:tags`)
    const [entry] = await redis.keys(`${REDIS_PREFIX}:*:cache:*`)
    const entryTtl = await redis.ttl(entry!)
    expect(entryTtl).toBeGreaterThan(0)
    expect(tagsTtl).toBeGreaterThan(entryTtl)
  } finally {
    redis.disconnect()
  }
})

test('a moderator bans a reader on B, and the reader’s session on A can no longer post', async ({ browser }) => {
  const reader: TestUser = await makeRegular({ displayName: `Pembaca Gugus ${Date.now()}` })
  const readerPage = await pageOn(browser, A)
  await signIn(readerPage, reader, ARTICLE)
  await expect(readerPage.getByLabel(/Tulis komentar sebagai/)).toBeVisible()

  const moderator = await pageOn(browser, B)
  await signIn(moderator, await makeUser({ role: 'moderator' }), '/staff/users')
  await moderator.goto(`/staff/users?q=${encodeURIComponent(reader.email)}`)
  const entry = moderator.getByRole('listitem', { name: `Pengguna ${reader.displayName}` })
  await entry.getByPlaceholder('Alasan').fill('Ujaran kebencian berulang')
  await entry.getByRole('button', { name: 'Blokir' }).click()
  await expect(moderator.getByRole('status')).toHaveText(`${reader.displayName} diblokir.`)

  await readerPage.getByLabel(/Tulis komentar sebagai/).fill('Masih bisa berkomentar dari A?')
  await readerPage.getByRole('button', { name: 'Kirim', exact: true }).click()
  await expect(readerPage.getByText(/Silakan masuk terlebih dahulu/)).toBeVisible()
  expect(await (await readerPage.request.get(`${A}/api/me`)).json()).toEqual({ signedIn: false })
})

test('the sign-in throttle counts failures on both instances together', async ({ browser }) => {
  const user = await makeUser()
  const pages = { [A]: await pageOn(browser, A), [B]: await pageOn(browser, B) }
  for (let i = 0; i < 6; i++) {
    const page = pages[i % 2 === 0 ? A : B]!
    await page.goto('/login')
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Kata sandi').fill(`salah nomor ${i} sekali lagi`)
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Masuk' }).click(),
    ])
    await expect(page.getByRole('button', { name: 'Masuk' })).toBeEnabled()
  }
  // Three failures on each: the throttle saw six. Even the right password waits, on either.
  await expect(pages[B]!.getByText(/Terlalu banyak percobaan masuk/)).toBeVisible()
  for (const page of Object.values(pages)) {
    await page.getByLabel('Kata sandi').fill(user.password)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await expect(page.getByText(/Terlalu banyak percobaan masuk/)).toBeVisible()
    await expect(page).toHaveURL(/\/login/)
  }
})

test('killing A right after it acknowledged a comment loses nothing, and B keeps serving', async ({ browser }) => {
  const articleId = await articleIdOf(ARTICLE_SLUG)
  const page = await pageOn(browser, A)
  await signIn(page, await makeRegular(), ARTICLE)
  const text = `Sebelum instans A mati ${Date.now()}`
  await post(page, text)
  a.child.kill('SIGKILL')
  await new Promise((resolve) => a.child.once('exit', resolve))
  await expect(async () => expect(await commentsOnB(articleId)).toContain(text)).toPass({ timeout: 10_000, intervals: [250] })
  for (const url of [`${B}/`, `${B}${ARTICLE}`, `${B}/api/me`]) expect((await fetch(url)).status).toBe(200)
})

test('with its Redis gone an instance serves from its own memory with one warning, and uses Redis again when it returns', async () => {
  test.setTimeout(120_000)
  const port = 3490
  const startRedis = () =>
    spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: 'ignore' })
  let redis: ChildProcess = startRedis()
  const client = new Redis(`redis://127.0.0.1:${port}`, { maxRetriesPerRequest: 1, retryStrategy: () => 200 })
  client.on('error', () => {})
  let c: Instance | undefined
  try {
    await expect(async () => expect(await client.ping()).toBe('PONG')).toPass({ timeout: 10_000 })
    c = await startInstance(3403, { ...env(), REDIS_URL: `redis://127.0.0.1:${port}` })
    const get = async (url: string) => (await fetch(`${c!.url}${url}`)).status
    expect(await get('/')).toBe(200)
    expect(await get(ARTICLE)).toBe(200)
    const cached = () => client.keys(`${REDIS_PREFIX}:*:cache:*`)
    await expect(async () => expect((await cached()).length).toBeGreaterThan(0)).toPass({ timeout: 5_000 })

    redis.kill('SIGKILL')
    await new Promise((resolve) => redis.once('exit', resolve))
    for (let i = 0; i < 3; i++) {
      for (const url of ['/', ARTICLE, `/api/comments/${await articleIdOf(ARTICLE_SLUG)}`, '/news/ekonomi'])
        expect(await get(url)).toBe(200)
    }
    const warnings = () => c!.output.filter((line) => /\[redis\] not reachable/.test(line))
    expect(warnings()).toHaveLength(1)
    expect(c.output.filter((line) => /error/i.test(line) && !/\[redis\]/.test(line))).toEqual([])

    redis = startRedis()
    await expect(async () => expect(c!.output.some((line) => /\[redis\] reachable again/.test(line))).toBe(true)).toPass({
      timeout: 15_000,
      intervals: [250],
    })
    expect(await get('/')).toBe(200)
    // The new, empty Redis holds the instance's pages again.
    await expect(async () => {
      expect(await get('/news/nasional')).toBe(200)
      expect((await cached()).length).toBeGreaterThan(0)
    }).toPass({ timeout: 10_000 })
    expect(warnings()).toHaveLength(1)
  } finally {
    await c?.stop()
    client.disconnect()
    redis.kill('SIGKILL')
  }
})
