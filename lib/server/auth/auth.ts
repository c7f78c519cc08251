import 'server-only'
import NextAuth from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { getEnv } from '@/lib/env'
import { authLogger } from '@/lib/auth/auth-logger'
import { authRedirect } from '@/lib/auth/callback-url'
import { redeemTicket } from '@/lib/auth/tickets'

const env = getEnv()

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  trustHost: env.AUTH_TRUST_HOST,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  logger: authLogger,
  providers: [
    Credentials({
      credentials: { ticket: {} },
      async authorize(credentials) {
        const ticket = await redeemTicket(credentials?.ticket)
        return ticket ? { id: String(ticket.userId), sessionVersion: ticket.sessionVersion } : null
      },
    }),
  ],
  callbacks: {
    redirect: authRedirect,
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id)
        token.sv = (user as { sessionVersion?: number }).sessionVersion
      }
      return token
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv }
    },
  },
})
