import { expect, test } from '@playwright/test';
import { screenshots, watchConsole } from './support';
import { DEMO, signIn, signOut } from './support-auth';

/**
 * Staff merge two duplicate skills from the suggested candidates ("Ufficio stampa" and
 * "Comunicazione" share the alias "PR"), then find the merged name among the kept skill's
 * aliases on its public page and the merge in the audit log.
 */
test('staff merge two skills and find the merge in the audit log', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, DEMO.staff, '/staff/unisci?tipo=competenze');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unisci duplicati');

  const pair = page.getByTestId('merge-candidates').getByRole('listitem').filter({ hasText: 'Ufficio stampa' }).filter({ hasText: 'Comunicazione' });
  await pair.getByRole('link', { name: 'Tieni «Comunicazione»' }).click();

  const preview = page.getByTestId('merge-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('region', { name: 'Resta: Comunicazione' })).toBeVisible();
  await expect(preview.getByRole('region', { name: 'Viene unita e poi eliminata: Ufficio stampa' })).toBeVisible();
  await expect(preview.getByRole('region', { name: 'Risultato: Comunicazione' }).locator('[data-field="aliases"]')).toContainText('Ufficio stampa');
  await screenshots(page, 'merge-preview');

  await preview.getByRole('button', { name: 'Conferma l’unione' }).click();
  await expect(page).toHaveURL(/\/staff\/unisci\/fatto\?voce=/);
  await expect(page.getByTestId('merge-done')).toHaveText('«Ufficio stampa» è stata unita a «Comunicazione».');

  await page.getByRole('link', { name: 'Apri la scheda di «Comunicazione»' }).click();
  await expect(page).toHaveURL(/\/competenze\/comunicazione$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comunicazione');
  await expect(page.getByText(/Detta anche:.*Ufficio stampa/)).toBeVisible();

  // The merged skill's page is gone.
  const gone = await page.request.get('/competenze/ufficio-stampa');
  expect(gone.status()).toBe(404);

  await page.goto('/staff/registro?azione=skill.merge');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registro delle modifiche');
  const row = page.getByTestId('audit-table').getByRole('row').filter({ hasText: 'skill.merge' }).first();
  await expect(row).toContainText('Comunicazione');
  await expect(row).toContainText('Matteo Loiacono');
  await expect(row).toContainText('Ufficio stampa');
  await screenshots(page, 'audit-log');
  expect(problems).toEqual([]);
});

test('members get a readable refusal on the staff tools', async ({ page }) => {
  await signIn(page, DEMO.member, '/staff/unisci');
  await expect(page.getByTestId('not-allowed')).toBeVisible();
  await page.goto('/staff/registro');
  await expect(page.getByTestId('not-allowed')).toBeVisible();
  await signOut(page);
});

test('visitors are sent to sign in first', async ({ page }) => {
  await page.goto('/staff/registro');
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Fstaff%2Fregistro/);
});
