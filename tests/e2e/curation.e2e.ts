import { expect, test } from '@playwright/test';
import { screenshots, watchConsole } from './support';
import { DEMO, signIn } from './support-auth';

/**
 * Staff curation in the browser: a new skill with an alias, made through the form, is
 * public at once on its own page; a member gets a readable refusal; an organization's
 * manager reaches the edit form of their organization.
 */

test('staff create a skill with an alias and see it on its public page', async ({ page }) => {
  const problems = watchConsole(page);
  const name = `Serigrafia artigianale ${Date.now()}`;
  await signIn(page, DEMO.staff, '/staff/gestione/competenze/nuovo');
  await expect(page).toHaveURL(/\/staff\/gestione\/competenze\/nuovo$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nuova competenza' })).toBeVisible();
  await screenshots(page, 'curation-new-skill');

  // Live validation: an empty name is flagged before anything is sent.
  await page.getByRole('button', { name: 'Crea' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Correggi i campi segnalati.' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Nome (obbligatorio)', exact: true }).fill(name);
  await page.getByRole('textbox', { name: 'Nome in inglese', exact: true }).fill('Hand screen printing');
  await page.getByRole('textbox', { name: 'Altri nomi', exact: true }).fill('stampa serigrafica\nscreen printing');
  await page.getByRole('button', { name: 'Crea' }).click();

  await expect(page).toHaveURL(/\/staff\/gestione\/competenze\/[0-9a-f-]{36}\?creata=1$/);
  await expect(page.getByTestId('form-status')).toHaveText('Scheda creata.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Modifica: ${name}`);
  await screenshots(page, 'curation-edit-skill');

  await page.getByRole('link', { name: 'Pagina pubblica' }).click();
  await expect(page).toHaveURL(/\/competenze\/serigrafia-artigianale-\d+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('stampa serigrafica, screen printing')).toBeVisible();
  expect(problems).toEqual([]);
});

test('staff see every kind with counts and filter a list by state', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, DEMO.staff, '/staff/gestione');
  await expect(page.getByRole('heading', { level: 1, name: 'Gestione della rete' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Organizzazioni', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organizzazioni' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Filtra per stato' }).getByRole('link', { name: /^Pubblici/ }).click();
  await expect(page).toHaveURL(/stato=ACTIVE/);
  await expect(page.getByRole('link', { name: 'Associazione Ponti Solidali' })).toBeVisible();
  await screenshots(page, 'curation-list');
  expect(problems).toEqual([]);
});

test('a member gets a readable refusal on the staff pages', async ({ page }) => {
  await signIn(page, DEMO.member, '/staff/gestione/competenze/nuovo');
  await expect(page.getByTestId('not-allowed')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Non hai accesso a questa pagina' })).toBeVisible();
});

test('a visitor is sent to sign in and comes back', async ({ page }) => {
  await page.goto('/staff/gestione/settori');
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Fstaff%2Fgestione%2Fsettori$/);
});
