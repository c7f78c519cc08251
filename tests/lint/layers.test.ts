// The layer rules of docs/decisions/010-layers.md, held by lint: each fixture is linted as if it
// lived at its path, and must be refused where the plan forbids the import and pass where it allows.
import { ESLint } from 'eslint'
import { describe, expect, it, vi } from 'vitest'

// The first lint loads every plugin and the TypeScript parser: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 })

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname })

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath })
  return results
    .flatMap((r) => r.messages)
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-imports' || m.fatal)
    .map((m) => m.message)
}

const use = (...names: string[]) => `\nexport const used = [${names.join(', ')}]\n`

describe('client islands', () => {
  it('may not import the database, drizzle or a server module', async () => {
    const cases: [string, string][] = [
      ['components/x.client.tsx', `import { getArticle } from '@/db/queries/articles'${use('getArticle')}`],
      ['components/x.client.tsx', `import { eq } from 'drizzle-orm'${use('eq')}`],
      ['components/x.client.ts', `import { getArticle } from '@/db/queries/articles'${use('getArticle')}`],
      ['components/x.client.tsx', `import { getViewer } from '@/lib/server/auth/viewer'${use('getViewer')}`],
      ['components/x.client.tsx', `import 'server-only'`],
      ['app/(site)/x.client.tsx', `import { listCategories } from '@/db/queries/taxonomy'${use('listCategories')}`],
    ]
    for (const [file, code] of cases) {
      expect(await layerErrors(file, code), `${file}: ${code}`).toHaveLength(1)
    }
  })

  it('may import server actions and types', async () => {
    for (const code of [
      `import { postComment } from '@/lib/server/actions/comments'${use('postComment')}`,
      `import type { Viewer } from '@/lib/server/auth/viewer'\nexport type V = Viewer\n`,
      `import type { PublicComment } from '@/db/queries/comments'\nexport type C = PublicComment\n`,
    ]) {
      expect(await layerErrors('components/x.client.tsx', code), code).toEqual([])
    }
  })
})

describe('components', () => {
  it('read the database only through the page or a loader', async () => {
    const runTime = `import { listCategories } from '@/db/queries/taxonomy'${use('listCategories')}`
    const typeOnly = `import type { Category } from '@/db/queries/taxonomy'\nexport type C = Category\n`
    const loader = `import { navCategories } from '@/lib/server/site'${use('navCategories')}`
    expect(await layerErrors('components/y.tsx', runTime)).toHaveLength(1)
    expect(await layerErrors('components/y.tsx', typeOnly)).toEqual([])
    expect(await layerErrors('components/y.tsx', loader)).toEqual([])
  })
})

describe('pure lib', () => {
  it('imports neither the database, Next, server modules nor drizzle', async () => {
    for (const code of [
      `import { getDb } from '@/db/client'${use('getDb')}`,
      `import { notFound } from 'next/navigation'${use('notFound')}`,
      `import 'server-only'`,
      `import { createAction } from '@/lib/server/action'${use('createAction')}`,
      `import { eq } from 'drizzle-orm'${use('eq')}`,
      `import Database from 'better-sqlite3'${use('Database')}`,
    ]) {
      expect(await layerErrors('lib/z.ts', code), code).toHaveLength(1)
    }
  })

  it('imports pure lib and npm libraries', async () => {
    expect(
      await layerErrors('lib/z.ts', `import { z } from 'zod'\nimport { articlePath } from '@/lib/paths'${use('z', 'articlePath')}`),
    ).toEqual([])
  })

  it('lets lib/server/ reach the database and Next', async () => {
    const code = `import 'server-only'\nimport { notFound } from 'next/navigation'\nimport { getDb } from '@/db/client'${use('notFound', 'getDb')}`
    expect(await layerErrors('lib/server/z.ts', code)).toEqual([])
  })
})

describe('db', () => {
  it('imports only pure lib: no server modules, components, routes, Next, helpers for links and labels, or tests', async () => {
    for (const code of [
      `import { createAction } from '@/lib/server/action'${use('createAction')}`,
      `import { Link } from '@/components/link'${use('Link')}`,
      `import { revalidatePath } from 'next/cache'${use('revalidatePath')}`,
      `import { articlePath } from '@/lib/paths'${use('articlePath')}`,
      `import { t } from '@/lib/strings'${use('t')}`,
      `import { createUser } from '../../tests/factories'${use('createUser')}`,
    ]) {
      expect(await layerErrors('db/queries/q.ts', code), code).toHaveLength(1)
    }
  })

  it('may use drizzle and pure lib', async () => {
    const code = `import { eq } from 'drizzle-orm'\nimport { slugify } from '@/lib/slug'${use('eq', 'slugify')}`
    expect(await layerErrors('db/queries/q.ts', code)).toEqual([])
  })
})

describe('everywhere above db/', () => {
  it('keeps SQL in db/ and links in components/link.tsx', async () => {
    expect(await layerErrors('app/(site)/x/page.tsx', `import { sql } from 'drizzle-orm'${use('sql')}`)).toHaveLength(1)
    expect(await layerErrors('components/y.tsx', `import NextLink from 'next/link'${use('NextLink')}`)).toHaveLength(1)
    expect(await layerErrors('components/link.tsx', `import NextLink from 'next/link'${use('NextLink')}`)).toEqual([])
  })
})
