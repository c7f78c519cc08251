import 'server-only'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { getViewer, type Viewer } from '@/lib/server/auth/viewer'
import { can, restriction, type Permission } from '@/lib/permissions'

/** What every form action returns: success with an optional message, or every error at once. */
export type ActionState<Data = never> =
  | { ok: true; message?: string; data?: Data }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: string; values?: Record<string, string>; data?: Data }
  | null

export type ActionResult<Data = never> = Exclude<ActionState<Data>, null>

type Access =
  /** Anyone, signed in or not (sign-in, registration). */
  | 'public'
  /** Any signed-in account, even a suspended one (self-service: profile, export, deletion). */
  | 'self'
  | Permission

/** What an action runs with: a signed-in viewer unless its access is public. */
type Context<A extends Access> = { viewer: A extends 'public' ? Viewer | null : Viewer; now: Date; formData: FormData }

export const fail = (formError: string, fieldErrors: Record<string, string[]> = {}): ActionResult => ({
  ok: false,
  fieldErrors,
  formError,
})

/**
 * The one way to write a server action: parse the form with zod (unknown fields are dropped),
 * check the session and the permission on the server, then run. `access` is mandatory.
 */
export function createAction<Schema extends z.ZodType<Record<string, unknown>>, A extends Access, Data = never>(
  { schema, access }: { schema: Schema; access: A },
  run: (input: z.infer<Schema>, context: Context<A>) => Promise<ActionResult<Data>>,
  /** How to read the form when a field repeats (checkbox lists); by default one value a field. */
  read?: (formData: FormData) => Record<string, unknown>,
) {
  return async (_previous: ActionState<Data>, formData: FormData): Promise<ActionResult<Data>> => {
    const now = new Date()
    const viewer = access === 'public' ? await getViewer().catch(() => null) : await getViewer()
    if (access !== 'public') {
      if (!viewer) return fail('Silakan masuk terlebih dahulu.')
      if (access !== 'self' && !can(viewer, access, now)) {
        return fail(restriction(viewer, now) ?? 'Anda tidak memiliki izin untuk tindakan ini.')
      }
    }
    const raw: Record<string, unknown> = {}
    for (const [key, value] of formData) if (!key.startsWith('$ACTION')) raw[key] = typeof value === 'string' ? value : ''
    if (read) Object.assign(raw, read(formData))
    // What the user typed comes back on failure so the form keeps it; passwords never do.
    const values = Object.fromEntries(
      Object.entries(raw).filter(([key, value]) => !/password|confirm/i.test(key) && typeof value === 'string' && value.length <= 4000),
    ) as Record<string, string>
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {}
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'form')
        ;(fieldErrors[key] ??= []).push(issue.message)
      }
      return { ok: false, fieldErrors, formError: 'Periksa kembali isian yang ditandai.', values }
    }
    const result = await run(parsed.data, { viewer, now, formData } as Context<A>)
    return result.ok ? result : { ...result, values }
  }
}

/** Only a staff path is a place to come back to. */
function staffBack(value: FormDataEntryValue | null): string {
  const back = typeof value === 'string' ? value : ''
  return /^\/staff(?:\/[a-z-]*)?(?:\?[\w=&%.+-]*)?$/.test(back) ? back : '/staff'
}

/**
 * For the newsroom's plain forms: run the action, then go back to the page it came from (the
 * `back` field) with its message, so every action works without JavaScript.
 */
export function redirectingAction(action: (state: ActionState, formData: FormData) => Promise<ActionResult>) {
  return async (formData: FormData): Promise<void> => {
    const result = await action(null, formData)
    const url = new URL(staffBack(formData.get('back')), 'http://x')
    url.searchParams.set(result.ok ? 'pesan' : 'galat', (result.ok ? result.message : result.formError) ?? '')
    redirect(`${url.pathname}${url.search}`)
  }
}
