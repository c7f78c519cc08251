import { ArticleForm } from '@/components/desk/article-form.client'
import { Link } from '@/components/link'
import { requireStaff } from '@/lib/server/staff'
import { editorOptions } from '../editor-options'

export const metadata = { title: 'Tulis artikel' }

/** A new article: the editor, empty; the first save gives it its id and address. */
export default async function NewArticlePage() {
  const viewer = await requireStaff('create:article:own')
  const { options } = await editorOptions()
  return (
    <main>
      <p className="text-sm">
        <Link href="/staff/desk" className="underline">
          ← Meja redaksi
        </Link>
      </p>
      <h1 className="mt-1 mb-4 font-serif text-3xl font-bold">Tulis artikel</h1>
      <ArticleForm
        actor={{ id: viewer.id, role: viewer.role, status: viewer.status, suspendedUntil: viewer.suspendedUntil }}
        options={options}
        initialOthers={[]}
        article={{
          id: null,
          version: 0,
          status: 'draft',
          createdBy: viewer.id,
          snapshot: {
            title: '',
            slug: '',
            summary: '',
            categoryId: 0,
            tagIds: [],
            authorIds: [],
            sourceTag: null,
            heroMediaId: null,
            heroCaption: '',
            heroCredit: '',
            commentMode: 'open',
            body: [],
          },
          tagNames: [],
          scheduledAt: null,
          publishedLabel: null,
          updatedLabel: null,
          updatedByName: null,
          path: null,
          takedownLabel: null,
        }}
      />
    </main>
  )
}
