import { StoryRow } from '@/components/article-card'
import { Breadcrumb } from '@/components/breadcrumb'
import { Sidebar } from '@/components/sidebar'
import { listPointers } from '@/db/queries/articles'
import { verticals } from '@/lib/strings'

export const revalidate = 300
const description = verticals.find((v) => v.href === '/pointer')?.description ?? ''
export const metadata = { title: 'Pointer', description, alternates: { canonical: '/pointer' } }

export default function PointerIndex() {
  const pointers = listPointers({ limit: 50 })
  return (
    <main className="mx-auto max-w-6xl px-4 pt-6">
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="min-w-0">
          <Breadcrumb items={[{ href: '/pointer', label: 'Pointer' }]} />
          <header className="mt-3 mb-6 border-b-2 border-ink pb-4">
            <h1 className="font-serif text-3xl font-bold tracking-tight md:text-4xl">Pointer</h1>
            <p className="mt-2 text-muted">{description}</p>
          </header>
          {pointers.map((pointer) => (
            <StoryRow key={pointer.id} article={pointer} href={`/pointer/${pointer.slug}`} />
          ))}
        </div>
        <aside aria-label="Berita lainnya">
          <Sidebar />
        </aside>
      </div>
    </main>
  )
}
