// A non-secret cookie that only says "this browser has signed in": static pages stay the same for
// everyone, and the header's account island asks who-am-I only when it is present.
export const SIGNED_IN_HINT = 'fakta_signed_in'
export const hintCookieOptions = { httpOnly: false, sameSite: 'lax' as const, path: '/', maxAge: 30 * 24 * 60 * 60 }
