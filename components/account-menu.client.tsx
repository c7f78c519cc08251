'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { signOutAction } from '@/lib/server/actions/auth'
import { SIGNED_IN_HINT } from '@/lib/auth/hint-cookie'
import { askWhoAmI, hasSignedInHint as hasHint, type Me } from './viewer.client'

const noSubscription = () => () => {}

/**
 * The header's account corner on static pages. Anonymous readers (no hint cookie) never ask the
 * server anything; a browser that has signed in asks who-am-I once per page.
 */
export function AccountMenu() {
  const [me, setMe] = useState<Me | null>(null)
  const pathname = usePathname()
  const here = useSyncExternalStore(
    noSubscription,
    () => location.pathname + location.search,
    () => '/',
  )
  const hinted = useSyncExternalStore(noSubscription, hasHint, () => false)
  // Asked again after every navigation: signing in or out happens by navigating.
  useEffect(() => {
    if (!hasHint()) return
    let current = true
    void askWhoAmI().then((data) => {
      if (!current || !data) return
      if (data.signedIn) setMe(data)
      else document.cookie = `${SIGNED_IN_HINT}=; Max-Age=0; path=/`
    })
    return () => {
      current = false
    }
  }, [pathname])

  const pill = 'rounded-full px-2 py-2 hover:bg-wash sm:px-3'
  if (!me || !hinted) {
    const back = here.startsWith('/login') || here.startsWith('/register') ? '' : `?callbackUrl=${encodeURIComponent(here)}`
    return (
      <nav aria-label="Akun" className="flex items-center gap-2 text-sm font-semibold">
        <a href={`/login${back}`} className={pill}>
          Masuk
        </a>
        <a href={`/register${back}`} className="rounded-full bg-brand px-3 py-2 text-white hover:bg-brand-dark sm:px-4">
          Daftar
        </a>
      </nav>
    )
  }
  return (
    <nav aria-label="Akun" className="flex items-center gap-1 text-sm font-semibold">
      {me.staff && (
        <a href="/staff" className={`${pill} hidden sm:block`}>
          Redaksi
        </a>
      )}
      <a href="/account" className={`${pill} max-w-[10rem] truncate`} title={me.restriction ?? undefined}>
        <span className="sr-only">Akun: </span>
        {me.name}
      </a>
      <form action={async () => void (await signOutAction(null, new FormData()))}>
        <button type="submit" className={pill}>
          Keluar
        </button>
      </form>
    </nav>
  )
}
