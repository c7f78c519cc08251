import 'server-only'
import { asc, eq } from 'drizzle-orm'
import { getDb } from '../client'
import { authors, categories, datasets, tags } from '../tables'

export type Category = { slug: string; name: string; description: string }

export async function listCategories(): Promise<Category[]> {
  return await getDb()
    .select({ slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name))
}

export async function getCategory(slug: string): Promise<Category | null> {
  const [row] = await getDb()
    .select({ slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .where(eq(categories.slug, slug))
    .limit(1)
  return row ?? null
}

export async function getTag(slug: string): Promise<{ slug: string; name: string } | null> {
  const [row] = await getDb().select({ slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).limit(1)
  return row ?? null
}

export async function getAuthor(slug: string) {
  const [row] = await getDb()
    .select({ id: authors.id, slug: authors.slug, name: authors.name, title: authors.title, bio: authors.bio })
    .from(authors)
    .where(eq(authors.slug, slug))
    .limit(1)
  return row ?? null
}

// Lists for the desk's editor: every category, author, tag and dataset to choose from.

export async function listCategoryOptions(): Promise<{ id: number; name: string; slug: string }[]> {
  return await getDb()
    .select({ id: categories.id, name: categories.name, slug: categories.slug })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name))
}

export async function listAuthorOptions(): Promise<{ id: number; name: string }[]> {
  return await getDb().select({ id: authors.id, name: authors.name }).from(authors).orderBy(asc(authors.name))
}

export async function listTagOptions(): Promise<{ id: number; name: string }[]> {
  return await getDb().select({ id: tags.id, name: tags.name }).from(tags).orderBy(asc(tags.name))
}

export async function listDatasetOptions(): Promise<{ id: number; title: string }[]> {
  return await getDb().select({ id: datasets.id, title: datasets.title }).from(datasets).orderBy(asc(datasets.title))
}
