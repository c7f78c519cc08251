import { notFound } from 'next/navigation'
import { ArticleForm } from '@/components/desk/article-form.client'
import { takedownReasonLabels } from '@/components/desk/labels'
import { Link } from '@/components/link'
import { Notice } from '@/components/staff/notice'
import { getDeskArticle, listPresence } from '@/db/queries/desk'
import { formatWib } from '@/lib/format'
import { requireStaff, type StaffSearch } from '@/lib/server/staff'
import { editorOptions, mayOpen, parseId, wibLocal } from '../editor-options'

export const metadata = { title: 'Sunting artikel' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<StaffSearch> }

/** An article in the editor; who may change what is the server's decision (`deskRefusal`). */
export default async function EditArticlePage({ params, searchParams }: Props) {
  const viewer = await requireStaff('create:article:own')
  const id = parseId((await params).id)
  const article = id === null ? null : await getDeskArticle(id)
  // A writer opens only their own articles; another's is not there for them.
  if (!article || !mayOpen(viewer, article)) notFound()
  const search = await searchParams
  const now = new Date()
  const { options, tagName } = await editorOptions(article.relatedTitles)
  const others = (await listPresence(article.id, viewer.id, now)).map((other) => ({ name: other.name, since: other.since.toISOString() }))
  return (
    <main>
      <p className="text-sm">
        <Link href="/staff/desk" className="underline">
          ← Meja redaksi
        </Link>
      </p>
      <h1 className="mt-1 mb-4 font-serif text-3xl font-bold break-words">{article.snapshot.title || 'Tanpa judul'}</h1>
      <Notice search={search} />
      <ArticleForm
        // A new version or state from the server (after a takedown, an unschedule) starts the form afresh.
        key={`${article.version}-${article.status}`}
        actor={{ id: viewer.id, role: viewer.role, status: viewer.status, suspendedUntil: viewer.suspendedUntil }}
        options={options}
        initialOthers={others}
        article={{
          id: article.id,
          version: article.version,
          status: article.status,
          createdBy: article.createdBy,
          snapshot: article.snapshot,
          tagNames: article.snapshot.tagIds.flatMap((tagId) => tagName(tagId) ?? []),
          scheduledAt: article.scheduledAt ? wibLocal(article.scheduledAt) : null,
          publishedLabel: article.publishedAt ? formatWib(article.publishedAt) : null,
          updatedLabel: article.updatedAt ? formatWib(article.updatedAt) : null,
          updatedByName: article.updatedByName,
          path: article.path,
          takedownLabel:
            article.status === 'taken_down'
              ? `Diturunkan${article.takenDownAt ? ` ${formatWib(article.takenDownAt)}` : ''}${
                  article.takedownReason ? ` · alasan: ${takedownReasonLabels[article.takedownReason]}` : ''
                }.`
              : null,
        }}
      />
    </main>
  )
}
