import { expect, type Page } from '@playwright/test';

export const DEMO = {
  member: { email: 'membro@rizoma.example', password: 'rizoma-membro-2026' },
  manager: { email: 'gestore@rizoma.example', password: 'rizoma-gestore-2026' },
  staff: { email: 'staff@rizoma.example', password: 'rizoma-staff-2026' },
  admin: { email: 'admin@rizoma.example', password: 'rizoma-admin-2026' },
} as const;

/** Signs in through the /accedi form (Italian interface) and waits until the header shows the account menu. */
export async function signIn(page: Page, who: { email: string; password: string }, returnTo = '/'): Promise<void> {
  await page.goto(`/accedi?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await expect(page.getByRole('button', { name: 'Esci' })).toBeVisible();
}

/** Signs out from the header and waits for the sign-in link to come back. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Esci' }).click();
  await expect(page.getByRole('navigation', { name: 'Il tuo account' }).getByRole('link', { name: 'Accedi' })).toBeVisible();
}
