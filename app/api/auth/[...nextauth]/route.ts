import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { clientAddress } from '@/lib/auth/address';
import { normalizeEmail } from '@/lib/auth/accounts';
import { authOptions } from '@/lib/auth/options';
import { admitSignIn } from '@/lib/auth/hash-slots';
import { checkSignIn } from '@/lib/auth/throttle';

type RouteContext = { params: Promise<{ nextauth: string[] }> };

function handler(req: NextRequest, context: RouteContext): Promise<Response> {
  return NextAuth(authOptions())(req, context) as Promise<Response>;
}

export { handler as GET };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Credentials sign-in goes through the throttle first (lib/auth/throttle.ts): a locked
 * (email, address) pair or a blocked address gets 429 without the password being
 * checked; repeated failures are answered more and more slowly.
 */
export async function POST(req: NextRequest, context: RouteContext): Promise<Response> {
  const { nextauth } = await context.params;
  if (nextauth.join('/') === 'callback/credentials') {
    const form = await req.clone().formData().catch(() => null);
    const email = normalizeEmail(String(form?.get('email') ?? ''));
    const decision = checkSignIn(email, clientAddress(req.headers));
    if (decision.blocked) {
      const url = new URL('/accedi?error=TooManyAttempts', req.nextUrl.origin).toString();
      return Response.json(
        { url, error: 'TooManyAttempts', message: 'Too many failed sign-ins. Try again later.' },
        { status: 429, headers: { 'retry-after': String(decision.retryAfterSeconds), 'cache-control': 'no-store' } },
      );
    }
    if (decision.delayMs > 0) await sleep(decision.delayMs);
    // A flood of sign-ins: refuse quickly rather than queue hashes (lib/auth/hash-slots.ts).
    const release = admitSignIn();
    if (!release) {
      return Response.json(
        { error: 'Busy', message: 'Too many sign-ins at once. Try again in a few seconds.' },
        { status: 503, headers: { 'retry-after': '2', 'cache-control': 'no-store' } },
      );
    }
    try {
      return await handler(req, context);
    } finally {
      release();
    }
  }
  return handler(req, context);
}
