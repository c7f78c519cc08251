import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/**
 * The WCAG 2.2 AA violations axe finds on the page, or in the part `include` selects, each as
 * "rule: where"; none is the goal.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
  const results = await (include ? builder.include(include) : builder).analyze()
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  )
}
