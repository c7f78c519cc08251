import { notFound } from 'next/navigation'
import { commentModeLabels, StatusBadge } from '@/components/desk/labels'
import { RestoreButton } from '@/components/desk/restore-button.client'
import { Link } from '@/components/link'
import { getDeskArticle, getRevision, listRevisions } from '@/db/queries/desk'
import { listAuthorOptions, listCategoryOptions, listTagOptions } from '@/db/queries/taxonomy'
import type { ArticleSnapshot } from '@/db/schema'
import { bodyLines, changed, diffLines, type DiffLine } from '@/lib/desk/diff'
import { formatWib } from '@/lib/format'
import { deskRefusal } from '@/lib/permissions'
import { one, requireStaff, type StaffSearch } from '@/lib/server/staff'
import { mayOpen, parseId } from '../../editor-options'

export const metadata = { title: 'Revisi artikel' }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<StaffSearch> }

const lineStyle: Record<DiffLine['kind'], string> = {
  same: 'text-ink',
  added: 'bg-green-50 text-green-900',
  removed: 'bg-brand-soft text-brand-dark line-through decoration-1',
}
const lineMark: Record<DiffLine['kind'], string> = { same: ' ', added: '+', removed: '−' }
const lineWord: Record<DiffLine['kind'], string> = { same: '', added: 'ditambahkan: ', removed: 'dihapus: ' }

/** The fields a comparison shows, each as lines of text. */
function fieldsOf(
  snapshot: ArticleSnapshot,
  names: { category: Map<number, string>; tag: Map<number, string>; author: Map<number, string> },
) {
  return [
    { label: 'Judul', lines: [snapshot.title] },
    { label: 'Dek', lines: snapshot.summary ? [snapshot.summary] : [] },
    { label: 'Slug', lines: [snapshot.slug] },
    { label: 'Kategori', lines: [names.category.get(snapshot.categoryId) ?? `#${snapshot.categoryId}`] },
    { label: 'Tag', lines: snapshot.tagIds.map((id) => names.tag.get(id) ?? `#${id}`) },
    { label: 'Penulis', lines: snapshot.authorIds.map((id) => names.author.get(id) ?? `#${id}`) },
    { label: 'Sumber', lines: snapshot.sourceTag ? [snapshot.sourceTag] : [] },
    {
      label: 'Gambar utama',
      lines: snapshot.heroMediaId
        ? [`Gambar #${snapshot.heroMediaId}`, `Keterangan: ${snapshot.heroCaption}`, `Kredit: ${snapshot.heroCredit}`]
        : [],
    },
    { label: 'Komentar', lines: [commentModeLabels[snapshot.commentMode]] },
    { label: 'Isi', lines: bodyLines(snapshot.body) },
  ]
}

/** Every save of an article, newest first; two chosen ones compared field by field. */
export default async function RevisionsPage({ params, searchParams }: Props) {
  const viewer = await requireStaff('create:article:own')
  const id = parseId((await params).id)
  const article = id === null ? null : await getDeskArticle(id)
  // A writer opens only their own articles; another's is not there for them.
  if (!article || !mayOpen(viewer, article)) notFound()
  const search = await searchParams
  const revisions = await listRevisions(article.id)
  const a = parseId(one(search.a))
  const b = parseId(one(search.b))
  const older = a === null ? null : await getRevision(article.id, a)
  const newer = b === null ? null : await getRevision(article.id, b)
  const mayRestore = deskRefusal(viewer, article, 'restore') === null

  const names = {
    category: new Map((await listCategoryOptions()).map((c) => [c.id, c.name])),
    tag: new Map((await listTagOptions()).map((t) => [t.id, t.name])),
    author: new Map((await listAuthorOptions()).map((x) => [x.id, x.name])),
  }
  const comparison =
    older && newer
      ? fieldsOf(older.snapshot, names).map((field, index) => ({
          label: field.label,
          lines: diffLines(field.lines, fieldsOf(newer.snapshot, names)[index]?.lines ?? []),
        }))
      : null
  const defaultA = older?.id ?? revisions[1]?.id
  const defaultB = newer?.id ?? revisions[0]?.id

  return (
    <main>
      <p className="text-sm">
        <Link href={`/staff/desk/${article.id}`} className="underline">
          ← Kembali ke penyunting
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold break-words">Revisi: {article.snapshot.title || 'Tanpa judul'}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted">
        <StatusBadge status={article.status} /> Versi sekarang {article.version}
      </p>

      {revisions.length === 0 ? (
        <p className="mt-4 rounded-md bg-wash p-4">Belum ada revisi.</p>
      ) : (
        <form method="get" className="mt-4">
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">Revisi, terbaru di atas. Pilih dua untuk dibandingkan.</caption>
              <thead className="border-b border-line text-xs text-muted uppercase">
                <tr>
                  <th scope="col" className="py-2 pr-2">
                    Dari
                  </th>
                  <th scope="col" className="py-2 pr-2">
                    Ke
                  </th>
                  <th scope="col" className="py-2 pr-2">
                    Versi
                  </th>
                  <th scope="col" className="py-2 pr-2">
                    Keadaan
                  </th>
                  <th scope="col" className="py-2 pr-2">
                    Oleh
                  </th>
                  <th scope="col" className="py-2">
                    Waktu
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {revisions.map((revision) => (
                  <tr key={revision.id}>
                    <td className="py-2 pr-2">
                      <input
                        type="radio"
                        name="a"
                        value={revision.id}
                        defaultChecked={revision.id === defaultA}
                        aria-label={`Bandingkan dari revisi versi ${revision.version}, ${formatWib(revision.createdAt)}`}
                        className="h-4 w-4 accent-brand"
                      />
                    </td>
                    <td className="py-2 pr-2">
                      <input
                        type="radio"
                        name="b"
                        value={revision.id}
                        defaultChecked={revision.id === defaultB}
                        aria-label={`Bandingkan ke revisi versi ${revision.version}, ${formatWib(revision.createdAt)}`}
                        className="h-4 w-4 accent-brand"
                      />
                    </td>
                    <td className="py-2 pr-2 font-semibold">{revision.version}</td>
                    <td className="py-2 pr-2">
                      {revision.applied ? 'Diterapkan' : <span className="font-semibold text-brand-dark">Tidak diterapkan (bentrok)</span>}
                    </td>
                    <td className="py-2 pr-2">{revision.userName ?? 'Akun terhapus'}</td>
                    <td className="py-2">{formatWib(revision.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="submit" className="mt-3 h-10 rounded-full bg-ink px-5 font-semibold text-white hover:bg-brand-dark">
            Bandingkan
          </button>
        </form>
      )}

      {(a !== null || b !== null) && !comparison && (
        <p role="alert" className="mt-6 rounded-md bg-brand-soft px-4 py-3 text-brand-dark">
          Pilih dua revisi artikel ini untuk dibandingkan.
        </p>
      )}

      {comparison && older && newer && (
        <section aria-labelledby="compare" className="mt-8">
          <h2 id="compare" className="font-serif text-2xl font-bold">
            Versi {older.version} → versi {newer.version}
          </h2>
          <p className="mt-1 text-sm text-muted">
            {formatWib(older.createdAt)} → {formatWib(newer.createdAt)}
          </p>
          <p className="mt-1 text-sm text-muted">
            <span className="rounded bg-green-50 px-1 text-green-900">+ ditambahkan</span>{' '}
            <span className="rounded bg-brand-soft px-1 text-brand-dark">− dihapus</span>
          </p>
          <dl className="mt-4 divide-y divide-line border-y border-line">
            {comparison.map((field) => (
              <div key={field.label} className="grid gap-2 py-3 sm:grid-cols-[9rem_1fr]">
                <dt className="font-semibold">
                  {field.label}
                  {!changed(field.lines) && <span className="block text-xs font-normal text-muted">tidak berubah</span>}
                </dt>
                <dd className="min-w-0">
                  {field.lines.length === 0 ? (
                    <span className="text-muted">(kosong)</span>
                  ) : (
                    <ol className="font-mono text-sm">
                      {field.lines.map((line, index) => (
                        <li key={index} className={`flex gap-2 rounded px-1 whitespace-pre-wrap break-words ${lineStyle[line.kind]}`}>
                          <span aria-hidden="true" className="select-none">
                            {lineMark[line.kind]}
                          </span>
                          <span>
                            <span className="sr-only">{lineWord[line.kind]}</span>
                            {line.text}
                          </span>
                        </li>
                      ))}
                    </ol>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          {mayRestore && (
            <div className="mt-4 grid gap-3 sm:grid-cols-2">
              {[older, newer]
                .filter((revision) => !(revision.applied && revision.version === article.version))
                .map((revision) => (
                  <div key={revision.id} className="rounded-md border border-line p-3">
                    <p className="mb-2 text-sm">
                      Versi {revision.version} oleh {revision.userName ?? 'akun terhapus'}, {formatWib(revision.createdAt)}
                    </p>
                    <RestoreButton
                      articleId={article.id}
                      revisionId={revision.id}
                      version={article.version}
                      label={`Pulihkan revisi ini (versi ${revision.version})`}
                    />
                  </div>
                ))}
            </div>
          )}
        </section>
      )}
    </main>
  )
}
