import { expect, test } from '@playwright/test';
import { screenshots, watchConsole } from './support';
import { DEMO, signIn, signOut } from './support-auth';

/**
 * Invitations end to end: staff invite a new person, the invitee sets a password through
 * the one-time link and signs in; the link then no longer works. Admin-only and
 * staff-only pages answer others with a readable "not allowed".
 */

let problems: string[] = [];

test.beforeEach(({ page }) => {
  problems = watchConsole(page);
});

test.afterEach(() => {
  expect(problems).toEqual([]);
});

test('staff invite a new person, who sets a password and signs in', async ({ page }) => {
  const stamp = Date.now();
  const invitee = { name: `Elena Invitata ${stamp}`, email: `elena.${stamp}@esempio.example`, password: 'una frase lunga per entrare' };

  await signIn(page, DEMO.staff, '/staff/inviti');
  await expect(page.getByRole('heading', { level: 1, name: 'Inviti' })).toBeVisible();
  // Staff invite members only: no staff or admin role on offer.
  await expect(page.getByLabel('Ruolo', { exact: true }).locator('option')).toHaveText(['Membro']);
  await page.getByLabel('Nome e cognome', { exact: true }).fill(invitee.name);
  await page.getByLabel('Email', { exact: true }).fill(invitee.email);
  await page.getByRole('button', { name: /Crea l.invito/ }).click();
  await expect(page.getByTestId('invitation-created')).toContainText(invitee.email);
  const link = await page.getByTestId('invitation-link').inputValue();
  expect(link).toMatch(/\/invito\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId('invitation-list')).toContainText(invitee.email);
  await screenshots(page, 'staff-invitations');
  await signOut(page);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Il tuo invito a Rizoma' })).toBeVisible();
  await expect(page.getByText(`Invito per ${invitee.name} (${invitee.email}).`)).toBeVisible();
  await page.getByLabel('Nuova password', { exact: true }).fill(invitee.password);
  await page.getByLabel('Ripeti la password', { exact: true }).fill(invitee.password);
  await expect(page.getByText('Le due password coincidono.')).toBeVisible();
  await screenshots(page, 'invitation-accept');
  await page.getByRole('button', { name: 'Imposta la password' }).click();
  const ready = page.getByTestId('account-ready');
  await expect(ready.getByRole('heading', { name: 'Il tuo account è pronto' })).toBeVisible();
  await expect(ready.getByRole('link', { name: 'Accedi' })).toHaveAttribute('href', '/accedi');

  await signIn(page, { email: invitee.email, password: invitee.password });
  await expect(page.getByRole('navigation', { name: 'Il tuo account' }).getByRole('link', { name: 'Il mio profilo' })).toBeVisible();
  await signOut(page);

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Invito già usato' })).toBeVisible();
});

test('an unknown invitation link gets a clear message', async ({ page }) => {
  await page.goto(`/invito/${'A'.repeat(43)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Invito non valido' })).toBeVisible();
});

test('account administration is for admins; members and staff read "not allowed"', async ({ page }) => {
  await page.goto('/staff/account');
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Fstaff%2Faccount/);

  await signIn(page, DEMO.member, '/staff/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeVisible();
  await page.goto('/staff/inviti');
  await expect(page.getByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeVisible();
  await signOut(page);

  await signIn(page, DEMO.staff, '/staff/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Accesso non consentito' })).toBeVisible();
  await signOut(page);

  await signIn(page, DEMO.admin, '/staff/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
  await expect(page.getByTestId('account-table')).toContainText(DEMO.member.email);
  await screenshots(page, 'staff-accounts');
});
