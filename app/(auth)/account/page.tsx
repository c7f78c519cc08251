import { redirect } from 'next/navigation'
import { ActionForm } from '@/components/action-form.client'
import { Link } from '@/components/link'
import { listOwnComments } from '@/db/queries/users'
import { restriction } from '@/lib/permissions'
import { getViewer } from '@/lib/server/auth/viewer'
import { formatWib } from '@/lib/format'
import { articlePath, loginPath } from '@/lib/paths'
import { isStaff } from '@/lib/permissions'
import { changePasswordAction, deleteAccountAction, signOutAction, updateDisplayNameAction } from '@/lib/server/actions/auth'

export const metadata = { title: 'Akun', robots: { index: false } }

const statusLabel = {
  pending: { text: 'Menunggu moderasi', className: 'bg-amber-100 text-amber-900' },
  approved: { text: 'Tayang', className: 'bg-green-100 text-green-900' },
  rejected: { text: 'Ditolak', className: 'bg-brand-soft text-brand-dark' },
  deleted: { text: 'Dihapus', className: 'bg-wash text-muted' },
} as const

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-line pt-6">
      <h2 id={id} className="mb-4 text-xl font-extrabold">
        {title}
      </h2>
      {children}
    </section>
  )
}

type Props = { searchParams: Promise<{ sandi?: string }> }

export default async function AccountPage({ searchParams }: Props) {
  const viewer = await getViewer()
  if (!viewer) redirect(loginPath('/account'))
  const passwordChanged = (await searchParams).sandi === 'diubah'
  const notice = restriction(viewer, new Date())
  const comments = await listOwnComments(viewer.id)

  return (
    <main className="mx-auto max-w-2xl space-y-8 px-4 py-10">
      <header>
        <h1 className="font-serif text-3xl font-bold">Akun</h1>
        <p className="mt-1 text-muted">
          Masuk sebagai <strong className="text-ink">{viewer.displayName}</strong>
          {isStaff(viewer.role) && (
            <>
              {' '}
              · Staf ({viewer.role}) ·{' '}
              <Link href="/staff" className="font-semibold text-brand underline">
                Ruang redaksi
              </Link>
            </>
          )}
        </p>
        {notice && (
          <p role="alert" className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-950">
            {notice}
          </p>
        )}
        {passwordChanged && (
          <p role="status" className="mt-4 rounded-md bg-green-50 p-3 text-sm text-green-900">
            Kata sandi diubah. Sesi di perangkat lain sudah diakhiri.
          </p>
        )}
      </header>

      <Section id="nama" title="Nama tampilan">
        <ActionForm
          action={updateDisplayNameAction}
          submitLabel="Simpan nama"
          fields={[{ name: 'displayName', label: 'Nama tampilan', defaultValue: viewer.displayName, maxLength: 40, required: true }]}
        />
      </Section>

      <Section id="sandi" title="Kata sandi">
        <ActionForm
          action={changePasswordAction}
          submitLabel="Ubah kata sandi"
          fields={[
            { name: 'currentPassword', label: 'Kata sandi saat ini', type: 'password', autoComplete: 'current-password', required: true },
            {
              name: 'newPassword',
              label: 'Kata sandi baru',
              type: 'password',
              autoComplete: 'new-password',
              required: true,
              hint: 'Minimal 12 karakter. Mengubah kata sandi mengakhiri sesi di perangkat lain.',
            },
          ]}
        />
      </Section>

      <Section id="komentar-saya" title={`Komentar Anda (${comments.length})`}>
        {comments.length === 0 ? (
          <p className="text-sm text-muted">Anda belum berkomentar.</p>
        ) : (
          <ul className="divide-y divide-line">
            {comments.map((comment) => (
              <li key={comment.id} className="py-3">
                <p className="flex flex-wrap items-center gap-2 text-xs text-muted">
                  <span className={`rounded px-1.5 py-0.5 font-bold ${statusLabel[comment.status].className}`}>
                    {statusLabel[comment.status].text}
                  </span>
                  <time dateTime={comment.createdAt.toISOString()}>{formatWib(comment.createdAt)}</time>
                  <span>di</span>
                  <Link href={articlePath(comment.article)} className="font-semibold text-ink underline">
                    {comment.article.title}
                  </Link>
                </p>
                <p className="mt-1 text-sm whitespace-pre-line wrap-anywhere">{comment.body}</p>
                {comment.status === 'rejected' && comment.reason && (
                  <p className="mt-1 text-xs text-brand-dark">Alasan: {comment.reason}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="data" title="Data Anda">
        <p className="text-sm text-muted">
          Unduh semua data yang kami simpan tentang Anda (profil dan komentar) sebagai berkas JSON, sesuai UU Pelindungan Data Pribadi.
        </p>
        <a
          href="/account/export"
          download
          className="mt-3 inline-block rounded-full border border-line px-4 py-2 text-sm font-semibold hover:border-ink"
        >
          Unduh data saya (JSON)
        </a>
      </Section>

      <Section id="keluar" title="Keluar">
        <p className="mb-3 text-sm text-muted">Keluar dari akun ini di semua perangkat.</p>
        <ActionForm action={signOutAction} fields={[]} submitLabel="Keluar dari semua perangkat" />
      </Section>

      <Section id="hapus" title="Hapus akun">
        <p className="mb-3 text-sm text-muted">
          Akun dan email Anda dihapus permanen. Komentar Anda tetap tampil atas nama &ldquo;Pengguna terhapus&rdquo;, kecuali Anda memilih
          untuk menghapusnya juga.
        </p>
        <ActionForm
          action={deleteAccountAction}
          danger
          submitLabel="Hapus akun saya"
          fields={[
            { name: 'password', label: 'Kata sandi', type: 'password', autoComplete: 'current-password', required: true },
            { name: 'removeComments', label: 'Hapus juga semua komentar saya', type: 'checkbox' },
            { name: 'confirm', label: 'Ketik HAPUS untuk memastikan', required: true, maxLength: 5 },
          ]}
        />
      </Section>
    </main>
  )
}
