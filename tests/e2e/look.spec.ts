import { expect, test } from '@playwright/test'
import { seedPath } from './seed'
import { axeViolations } from './axe'

const pages = [
  { name: 'home', path: '/' },
  { name: 'category', path: '/news/internasional' },
  { name: 'article', path: seedPath },
  { name: 'tag', path: '/tag/ukraina' },
  { name: 'not-found', path: '/tidak-ada' },
  { name: 'login', path: '/login' },
  { name: 'register', path: '/register' },
]

for (const { name, path } of pages) {
  test(`${name} has no accessibility violations (WCAG 2.2 AA)`, async ({ page }) => {
    await page.goto(path)
    expect(await axeViolations(page)).toEqual([])
  })

  for (const width of [390, 1280]) {
    test(`${name} at ${width} px: screenshot, no horizontal scroll, no console errors`, async ({ page }) => {
      const errors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await page.setViewportSize({ width, height: 900 })
      await page.goto(path)
      // Scroll through once so lazy images are in the screenshot, as a reader scrolling sees them.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y)
          // Two frames: the lazy images in view are noticed and requested (networkidle below waits for them).
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
        }
        window.scrollTo(0, 0)
      })
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: `tests/artifacts/screenshots/${name}-${width}.png`, fullPage: true })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      // The 404 page's own document request is the one expected error.
      expect(errors.filter((e) => !(name === 'not-found' && e.includes('404')))).toEqual([])
    })
  }
}
