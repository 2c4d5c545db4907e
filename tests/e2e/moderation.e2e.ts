import { expect, test } from '@playwright/test';
import { screenshots, watchConsole } from './support';
import { DEMO, signIn, signOut } from './support-auth';

/**
 * Moderation end to end: a member proposes a project on /proponi, it waits unseen by the
 * public, staff approve it on /staff/moderazione, and its public page opens.
 */

let problems: string[] = [];

test.beforeEach(({ page }) => {
  problems = watchConsole(page);
});

test.afterEach(() => {
  expect(problems).toEqual([]);
});

test('a member proposes a project, staff approve it, the public sees it', async ({ page }) => {
  const name = `Archivio sonoro del cortile ${Date.now()}`;

  await signIn(page, DEMO.member, '/proponi');
  await expect(page).toHaveURL(/\/proponi$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Proponi' })).toBeVisible();
  await page.getByRole('link', { name: /Un nuovo progetto/ }).click();
  await expect(page).toHaveURL(/\/proponi\?tipo=progetto$/);
  await page.getByLabel('Nome', { exact: true }).fill(name);
  await page.getByLabel('Sintesi (una o due frasi)').fill('Registrazioni dei suoni di Garbatella raccolte dagli abitanti.');
  await page.getByLabel('Stato').selectOption('IDEA');
  await page.getByLabel('Cerchi collaboratori? Descrivi chi (facoltativo)').fill('Cerchiamo fonici e montatori audio.');
  await screenshots(page, 'propose-project');
  await page.getByRole('button', { name: 'Invia la proposta' }).click();
  await expect(page.getByTestId('proposal-status')).toContainText(name);
  const mine = page.getByTestId('my-proposals').getByRole('article', { name });
  await expect(mine).toBeVisible();
  await expect(mine.getByText('In attesa')).toBeVisible();

  // Members do not moderate.
  await page.goto('/staff/moderazione');
  await expect(page.getByTestId('not-allowed')).toBeVisible();
  await signOut(page);

  // The public cannot find it yet.
  await page.goto(`/cerca?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('main').getByRole('link', { name })).toHaveCount(0);

  await signIn(page, DEMO.staff, '/staff');
  await expect(page.getByRole('heading', { level: 1, name: 'Curatela' })).toBeVisible();
  await expect(page.getByTestId('moderation-total')).not.toHaveText('Nessuna proposta in attesa.');
  await screenshots(page, 'staff-dashboard');
  await page.getByRole('link', { name: 'Apri la coda di moderazione' }).click();
  await expect(page).toHaveURL(/\/staff\/moderazione$/);
  const proposal = page.getByRole('article', { name });
  await expect(proposal).toBeVisible();
  await expect(proposal.getByText(/Proposta da Karim Benali/)).toBeVisible();
  await screenshots(page, 'moderation-queue');
  await proposal.getByRole('button', { name: 'Approva' }).click();
  const status = page.getByTestId('moderation-status');
  await expect(status).toContainText(`Approvata: ${name}.`);
  await expect(page.getByRole('article', { name })).toHaveCount(0);

  await status.getByRole('link', { name: 'Apri la pagina pubblica' }).click();
  await expect(page).toHaveURL(/\/progetti\/archivio-sonoro-del-cortile-\d+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Karim Benali' }).first()).toBeVisible();
});

test('a visitor asked to sign in before proposing', async ({ page }) => {
  await page.goto('/proponi');
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Fproponi$/);
});

test('staff reject with a required reason, and the proposer reads it', async ({ page }) => {
  const name = `Orto verticale di prova ${Date.now()}`;
  await signIn(page, DEMO.manager, '/proponi?tipo=progetto');
  await page.getByLabel('Nome', { exact: true }).fill(name);
  await page.getByLabel('Sintesi (una o due frasi)').fill('Un orto sui muri del lotto.');
  await page.getByRole('button', { name: 'Invia la proposta' }).click();
  await expect(page.getByTestId('proposal-status')).toContainText(name);
  await signOut(page);

  await signIn(page, DEMO.staff, '/staff/moderazione?tipo=progetti');
  const proposal = page.getByRole('article', { name });
  await proposal.getByRole('button', { name: 'Rifiuta' }).click();
  await proposal.getByLabel('Motivo del rifiuto (lo legge chi ha proposto)').fill('Esiste già un progetto simile: unitevi a quello.');
  await proposal.getByRole('button', { name: 'Conferma il rifiuto' }).click();
  await expect(page.getByTestId('moderation-status')).toContainText(`Rifiutata: ${name}.`);
  await signOut(page);

  await signIn(page, DEMO.manager, '/proponi');
  const mine = page.getByTestId('my-proposals').getByRole('article', { name });
  await expect(mine.getByText('Rifiutata')).toBeVisible();
  await expect(mine.getByText('Esiste già un progetto simile: unitevi a quello.')).toBeVisible();
});
