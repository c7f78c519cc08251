import 'server-only'
import { asc, eq } from 'drizzle-orm'
import { getDb } from '../client'
import { authors, categories, datasets, tags } from '../schema'

export type Category = { slug: string; name: string; description: string }

export function listCategories(): Category[] {
  return getDb()
    .select({ slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name))
    .all()
}

export function getCategory(slug: string): Category | null {
  return (
    getDb()
      .select({ slug: categories.slug, name: categories.name, description: categories.description })
      .from(categories)
      .where(eq(categories.slug, slug))
      .get() ?? null
  )
}

export function getTag(slug: string): { slug: string; name: string } | null {
  return getDb().select({ slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).get() ?? null
}

export function getAuthor(slug: string) {
  return (
    getDb()
      .select({ id: authors.id, slug: authors.slug, name: authors.name, title: authors.title, bio: authors.bio })
      .from(authors)
      .where(eq(authors.slug, slug))
      .get() ?? null
  )
}

// Lists for the desk's editor: every category, author, tag and dataset to choose from.

export function listCategoryOptions(): { id: number; name: string; slug: string }[] {
  return getDb()
    .select({ id: categories.id, name: categories.name, slug: categories.slug })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name))
    .all()
}

export function listAuthorOptions(): { id: number; name: string }[] {
  return getDb().select({ id: authors.id, name: authors.name }).from(authors).orderBy(asc(authors.name)).all()
}

export function listTagOptions(): { id: number; name: string }[] {
  return getDb().select({ id: tags.id, name: tags.name }).from(tags).orderBy(asc(tags.name)).all()
}

export function listDatasetOptions(): { id: number; title: string }[] {
  return getDb().select({ id: datasets.id, title: datasets.title }).from(datasets).orderBy(asc(datasets.title)).all()
}
