/**
 * Plain HTTP calls the soak makes outside the load itself: a GraphQL POST and next-auth's
 * credentials sign-in, exactly as a browser makes them.
 */

/** POSTs one GraphQL operation; resolves with the status and the parsed body (null when not JSON). */
export async function postGraphQL(base, { query, variables = {}, cookie }, timeoutMs = 30_000) {
  const headers = { 'content-type': 'application/json' };
  if (cookie) headers.cookie = cookie;
  const res = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Reported by the caller as a non-JSON body.
  }
  return { status: res.status, body, text };
}

/** POSTs an operation that must succeed; throws with the errors otherwise. */
export async function mustQuery(base, request) {
  const res = await postGraphQL(base, request);
  if (res.status !== 200 || !res.body?.data || res.body.errors) {
    throw new Error(`GraphQL ${res.status}: ${res.text.slice(0, 500)}`);
  }
  return res.body.data;
}

/** `name=value` pairs of a response's Set-Cookie headers. */
function cookiesOf(res) {
  return res.headers.getSetCookie().map((line) => line.split(';')[0]).filter(Boolean);
}

/**
 * Signs in through next-auth's credentials flow over HTTP: GET /api/auth/csrf (token and
 * its cookie), POST /api/auth/callback/credentials form-encoded, then checks
 * /api/auth/session names the account. Resolves with the Cookie header to send.
 */
export async function signIn(base, email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = new Map(cookiesOf(csrf).map((pair) => [pair.slice(0, pair.indexOf('=')), pair]));
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [...jar.values()].join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: base }),
  });
  for (const pair of cookiesOf(callback)) jar.set(pair.slice(0, pair.indexOf('=')), pair);
  const cookie = [...jar.values()].join('; ');
  const session = await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json();
  if (session?.user?.email !== email) {
    throw new Error(`signing in ${email} failed (callback HTTP ${callback.status}, session ${JSON.stringify(session)})`);
  }
  return cookie;
}
