import { expect, test } from '@playwright/test';
import { screenshots, watchConsole } from './support';
import { DEMO, signIn, signOut } from './support-auth';

test.describe('sign-in', () => {
  test('a member signs in, sees their account menu, and signs out', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Il tuo account' }).getByRole('link', { name: 'Accedi' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accedi a Rizoma');
    await screenshots(page, 'sign-in');
    await signIn(page, DEMO.member);
    const menu = page.getByRole('navigation', { name: 'Il tuo account' });
    await expect(menu.getByRole('link', { name: 'Il mio profilo' })).toBeVisible();
    // Members do not curate.
    await expect(menu.getByRole('link', { name: 'Curatela' })).toHaveCount(0);
    const me = await page.request.post('/api/graphql', { data: { query: '{ me { email role } }' } });
    expect((await me.json()).data.me).toEqual({ email: DEMO.member.email, role: 'MEMBER' });
    await signOut(page);
    const after = await page.request.post('/api/graphql', { data: { query: '{ me { email } }' } });
    expect((await after.json()).data.me).toBeNull();
    expect(problems).toEqual([]);
  });

  test('staff see the curation link', async ({ page }) => {
    await signIn(page, DEMO.staff);
    await expect(page.getByRole('navigation', { name: 'Il tuo account' }).getByRole('link', { name: 'Curatela' })).toBeVisible();
  });

  test('a wrong password is refused with a readable message and no session', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/accedi');
    await page.getByLabel('Email').fill(DEMO.staff.email);
    await page.getByLabel('Password').fill('non è la password giusta');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await expect(page.getByTestId('sign-in-error')).toHaveText('Email o password non corretti.');
    const me = await page.request.post('/api/graphql', { data: { query: '{ me { email } }' } });
    expect((await me.json()).data.me).toBeNull();
    // The failed credentials request itself logs a 401 in the console; nothing else may.
    expect(problems.filter((p) => !/401/.test(p))).toEqual([]);
  });

  test('a copied session cookie stops working after sign-out', async ({ page, browser }) => {
    await signIn(page, DEMO.admin);
    const cookies = await page.context().cookies();
    await signOut(page);
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const res = await replay.request.post('/api/graphql', { data: { query: '{ me { email } }' } });
    expect((await res.json()).data.me).toBeNull();
    await replay.close();
  });

  test('returns to the page that asked for sign-in, and never to another site', async ({ page }) => {
    await signIn(page, DEMO.member, '/persone');
    await expect(page).toHaveURL(/\/persone$/);
    await signOut(page);
    await signIn(page, DEMO.member, 'https://evil.example/');
    expect(new URL(page.url()).host).toBe(new URL(page.url()).host === 'evil.example' ? 'never' : new URL(page.url()).host);
    expect(page.url()).not.toContain('evil.example');
  });
});

test('repeated failed sign-ins are slowed down, then refused with 429 without checking the password', async ({ page }) => {
  test.setTimeout(120_000);
  // An address nobody else signs in with: the lock is per (email, client address).
  const email = 'tentativi@rizoma.example';
  const attempt = async () => {
    const csrf = await (await page.request.get('/api/auth/csrf')).json();
    const res = await page.request.post('/api/auth/callback/credentials', {
      form: { email, password: 'una password sbagliata', csrfToken: csrf.csrfToken, json: 'true' },
      maxRedirects: 0,
    });
    return res.status();
  };
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) statuses.push(await attempt());
  expect(statuses.every((s) => s !== 429 && s < 500)).toBe(true);
  const blocked = await page.request.post('/api/auth/callback/credentials', {
    form: { email, password: 'anche questa è sbagliata', csrfToken: (await (await page.request.get('/api/auth/csrf')).json()).csrfToken, json: 'true' },
    maxRedirects: 0,
  });
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()['retry-after'])).toBeGreaterThan(0);
  // The form shows the reason.
  await page.goto('/accedi');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('ancora sbagliata ma lunga');
  await page.getByRole('button', { name: 'Accedi' }).click();
  await expect(page.getByTestId('sign-in-error')).toHaveText('Troppi tentativi non riusciti. Riprova tra un quarto d’ora.');
});
