import type { ReactNode } from 'react'
import { Breadcrumb, type Crumb } from './breadcrumb'
import { Sidebar } from './sidebar'

/**
 * The frame of every index page: breadcrumb, heading with its description, content, and the
 * sidebar unless the content takes the full width (Program's grid).
 */
export function SectionFrame({
  crumbs,
  title,
  description,
  note,
  sidebar = true,
  children,
}: {
  crumbs: Crumb[]
  title: string
  description?: string
  /** A line under the description, such as "Halaman 2 dari 5". */
  note?: string
  sidebar?: boolean
  children: ReactNode
}) {
  const content = (
    <>
      <Breadcrumb items={crumbs} />
      <header className="mt-3 mb-6 border-b-2 border-ink pb-4">
        <h1 className="font-serif text-3xl font-bold tracking-tight md:text-4xl">{title}</h1>
        {description && <p className="mt-2 text-muted">{description}</p>}
        {note && <p className="mt-1 text-sm text-muted">{note}</p>}
      </header>
      {children}
    </>
  )
  return (
    <main className="mx-auto max-w-6xl px-4 pt-6">
      {sidebar ? (
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
          <div className="min-w-0">{content}</div>
          <aside aria-label="Berita lainnya">
            <Sidebar />
          </aside>
        </div>
      ) : (
        content
      )}
    </main>
  )
}
