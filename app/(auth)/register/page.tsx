import { redirect } from 'next/navigation'
import { ActionForm } from '@/components/action-form.client'
import { AuthCard } from '@/components/auth-card'
import { Link } from '@/components/link'
import { safeCallbackUrl } from '@/lib/auth/callback-url'
import { getViewer } from '@/lib/server/auth/viewer'
import { registerAction } from '@/lib/server/actions/auth'

export const metadata = { title: 'Daftar', robots: { index: false } }

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> }

export default async function RegisterPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl)
  if (await getViewer()) redirect(callbackUrl)
  return (
    <AuthCard title="Daftar" intro="Buat akun untuk berkomentar. Nama tampilan Anda terlihat oleh pembaca lain; email tidak.">
      <ActionForm
        action={registerAction}
        submitLabel="Daftar"
        fields={[
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'email', required: true, maxLength: 254 },
          {
            name: 'displayName',
            label: 'Nama tampilan',
            autoComplete: 'nickname',
            required: true,
            maxLength: 40,
            hint: '2 sampai 40 karakter.',
          },
          {
            name: 'password',
            label: 'Kata sandi',
            type: 'password',
            autoComplete: 'new-password',
            required: true,
            hint: 'Minimal 12 karakter. Gabungan beberapa kata yang mudah Anda ingat sudah cukup kuat.',
          },
          { name: 'callbackUrl', label: '', type: 'hidden', defaultValue: callbackUrl },
        ]}
      />
      <p className="mt-5 text-sm">
        Sudah punya akun?{' '}
        <Link href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand underline">
          Masuk
        </Link>
      </p>
    </AuthCard>
  )
}
