import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import type { Provider } from 'next-auth/providers/index';
import { readyStore } from '../server/ready';
import { findAccountByEmail, findAccountById, revokeSessions, viewerOf } from './accounts';
import { authSecret } from './secret';
import { authenticate } from './sign-in';
import { clientAddress } from './address';

/**
 * next-auth configuration. Accounts live in the graph (Account -[:IS]-> Person); sessions
 * are JWTs carrying the account id and the account's token version, checked against the
 * store on every request (session.ts), so a signed-out, demoted or deleted account's
 * token stops working at once.
 *
 * Lifetime (ASVS 7.1.1, documented in the README): a session lasts at most 8 hours and is
 * refreshed at most once an hour while in use.
 */
export const SESSION_MAX_AGE_S = 8 * 60 * 60;
export const SESSION_UPDATE_AGE_S = 60 * 60;

/**
 * OAuth providers, each switched on by its environment variables. They sign in only
 * existing, active accounts whose email the provider reports as verified: an OAuth
 * identity never creates an account by itself (staff invite people).
 */
function oauthProviders(env: NodeJS.ProcessEnv): Provider[] {
  const providers: Provider[] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

/** The ids of the OAuth providers switched on, for the sign-in page. */
export function enabledOAuthProviders(env: NodeJS.ProcessEnv = process.env): { id: string; name: string }[] {
  return oauthProviders(env).map((p) => ({ id: p.id, name: p.name }));
}

function emailVerified(profile: unknown): boolean {
  if (!profile || typeof profile !== 'object') return false;
  // Google says so explicitly; GitHub only exposes a verified primary email through next-auth.
  const verified = (profile as { email_verified?: unknown }).email_verified;
  return verified === undefined || verified === true;
}

export function buildAuthOptions(env: NodeJS.ProcessEnv = process.env): AuthOptions {
  return {
    secret: authSecret(env),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_UPDATE_AGE_S },
    jwt: { maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/accedi', error: '/accedi' },
    providers: [
      CredentialsProvider({
        name: 'Email',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const email = credentials?.email ?? '';
          const password = credentials?.password ?? '';
          if (!email || !password) return null;
          const { store } = await readyStore();
          const signedIn = await authenticate(store, email, password, clientAddress(req.headers ?? {}));
          if (!signedIn) return null;
          return { id: signedIn.viewer.accountId, email: signedIn.email, name: signedIn.name };
        },
      }),
      ...oauthProviders(env),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.type === 'credentials') return true;
        if (!user.email || !emailVerified(profile)) return false;
        const { store } = await readyStore();
        const found = await findAccountByEmail(store, user.email);
        return Boolean(found && viewerOf(found));
      },
      async jwt({ token, user, account }) {
        if (!user) return token;
        const { store } = await readyStore();
        // Credentials sign-in returns our account; OAuth returns the provider's user, found by email.
        const found =
          account?.type === 'credentials' ? await findAccountById(store, user.id) : user.email ? await findAccountByEmail(store, user.email) : null;
        if (!found) return token;
        return { sub: found.id, email: found.email, name: found.personName, tv: found.tokenVersion ?? 0 };
      },
      session({ session, token }) {
        return { ...session, user: { name: token.name ?? null, email: token.email ?? null } };
      },
      // The default redirect callback keeps redirects on our own origin (open-redirect safe).
    },
    events: {
      async signOut({ token }) {
        // Signing out revokes the token itself, not only the cookie: a copied cookie stops working too.
        if (token?.sub) {
          const { store } = await readyStore();
          await revokeSessions(store, token.sub);
        }
      },
    },
  };
}

const holder = globalThis as { __rizomaAuthOptions?: AuthOptions };

/** The process's next-auth options, built once. */
export function authOptions(): AuthOptions {
  holder.__rizomaAuthOptions ??= buildAuthOptions();
  return holder.__rizomaAuthOptions;
}
