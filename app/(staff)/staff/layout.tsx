import { Link } from '@/components/link'
import { can } from '@/lib/permissions'
import { requireStaff } from '@/lib/server/staff'

export const metadata = { robots: { index: false } }

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireStaff()
  const links = [
    { href: '/staff', label: 'Ringkasan', show: true },
    { href: '/staff/desk', label: 'Meja redaksi', show: can(viewer, 'create:article:own') },
    { href: '/staff/moderation', label: 'Moderasi', show: can(viewer, 'moderate:comment:any') },
    { href: '/staff/users', label: 'Pengguna', show: can(viewer, 'sanction:user:any') },
    { href: '/staff/settings', label: 'Pengaturan', show: can(viewer, 'manage:wordlist:any') },
    { href: '/staff/media', label: 'Gambar', show: can(viewer, 'upload:media:any') },
    { href: '/staff/koreksi', label: 'Koreksi', show: can(viewer, 'correct:article:any') },
    { href: '/staff/audit', label: 'Audit', show: can(viewer, 'read:audit-log:any') },
  ].filter((link) => link.show)
  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <nav aria-label="Ruang redaksi" className="mb-6 flex flex-wrap gap-1 border-b border-line pb-3 text-sm font-semibold">
        {links.map((link) => (
          <Link key={link.href} href={link.href} className="rounded-full px-3 py-1.5 hover:bg-wash">
            {link.label}
          </Link>
        ))}
        <span className="ml-auto self-center text-xs font-normal text-muted">
          {viewer.displayName} · {viewer.role}
        </span>
      </nav>
      {children}
    </div>
  )
}
