import { redirect } from 'next/navigation'
import { ActionForm } from '@/components/action-form.client'
import { AuthCard } from '@/components/auth-card'
import { Link } from '@/components/link'
import { safeCallbackUrl } from '@/lib/auth/callback-url'
import { getViewer } from '@/lib/server/auth/viewer'
import { loginAction } from '@/lib/server/actions/auth'

export const metadata = { title: 'Masuk', robots: { index: false } }

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> }

export default async function LoginPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl)
  if (await getViewer()) redirect(callbackUrl)
  return (
    <AuthCard title="Masuk" intro="Masuk untuk berkomentar dan mengikuti diskusi di FAKTA.">
      <ActionForm
        action={loginAction}
        submitLabel="Masuk"
        fields={[
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'email', required: true, maxLength: 254 },
          { name: 'password', label: 'Kata sandi', type: 'password', autoComplete: 'current-password', required: true },
          { name: 'callbackUrl', label: '', type: 'hidden', defaultValue: callbackUrl },
        ]}
      />
      <p className="mt-5 text-sm">
        Belum punya akun?{' '}
        <Link href={`/register?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand underline">
          Daftar
        </Link>
      </p>
    </AuthCard>
  )
}
