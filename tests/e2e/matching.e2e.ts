import { expect, test, type Page } from '@playwright/test';
import { screenshots, watchConsole } from './support';

/**
 * Finding collaborators: the skill picker, ranked and explained results, teams, skill
 * gaps and how two members are connected, against the production build on the seeded
 * demo community. Every test fails on a console error; pages are photographed at 1280
 * and 390 px (test-results/screenshots/).
 */

let problems: string[] = [];

test.beforeEach(({ page }) => {
  problems = watchConsole(page);
});

test.afterEach(() => {
  expect(problems).toEqual([]);
});

/** Types into the picker and chooses the suggestion with this name. */
async function pickSkill(page: Page, typed: string, option: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Aggiungi una competenza' });
  await input.fill(typed);
  const choice = page.getByRole('option', { name: new RegExp(`^${option}`) });
  await expect(choice).toBeVisible();
  await choice.click();
  await expect(input).toHaveValue('');
  await expect(page.getByTestId('chosen-skills').getByText(option, { exact: true })).toBeVisible();
}

test('finds collaborators for two skills, explains each result and opens a profile', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Trova collaboratori' }).click();
  await expect(page).toHaveURL(/\/collaboratori$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Trova collaboratori' })).toBeVisible();
  await expect(page.getByText('Scegli almeno una competenza per iniziare.')).toBeVisible();

  await pickSkill(page, 'montaggio', 'Montaggio video');
  await pickSkill(page, 'streaming', 'Streaming live');
  // Keyboard works too: remove a chip and put it back with the arrows and Enter.
  await page.getByRole('link', { name: 'Togli Streaming live' }).click();
  await expect(page.getByTestId('chosen-skills').getByText('Streaming live', { exact: true })).toHaveCount(0);
  const input = page.getByRole('combobox', { name: 'Aggiungi una competenza' });
  await input.fill('live stream');
  await expect(page.getByRole('option', { name: /^Streaming live/ })).toBeVisible();
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(page.getByTestId('chosen-skills').getByText('Streaming live', { exact: true })).toBeVisible();
  await screenshots(page, 'collaborators-form');

  await page.getByRole('form', { name: 'Trova collaboratori' }).getByRole('button', { name: 'Cerca' }).click();
  await expect(page).toHaveURL(/competenza=montaggio-video.*competenza=streaming-live/);

  const results = page.getByTestId('collaborator-result');
  await expect(results.first()).toBeVisible();
  expect(await results.count()).toBeGreaterThan(0);
  await expect(page.getByText(/^\d+ person[ae] trovat[ae]/)).toBeVisible();
  // Each result says why it is there.
  await expect(results.first().getByRole('heading', { name: 'Perché' })).toBeVisible();
  await expect(results.first().getByText(/^Punteggio: /)).toBeVisible();
  await expect(results.first().getByText('Copertura', { exact: true })).toBeVisible();
  // The chips survive the round trip through the address.
  await expect(page.getByTestId('chosen-skills').getByText('Montaggio video', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cerca organizzazioni che coprono queste competenze' }).first()).toBeVisible();
  await screenshots(page, 'collaborators-results');

  const first = results.first().getByRole('heading', { level: 3 }).getByRole('link');
  const name = (await first.textContent()) ?? '';
  expect(name.length).toBeGreaterThan(0);
  await first.click();
  await expect(page).toHaveURL(/\/persone\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('the team search covers the same skills, with coverage and members', async ({ page }) => {
  await page.goto('/collaboratori?competenza=riprese-video&competenza=streaming-live&competenza=regia-video');
  await page.getByRole('link', { name: 'Organizzazioni che coprono queste competenze', exact: true }).click();
  await expect(page).toHaveURL(/\/collaboratori\/squadre\?competenza=riprese-video/);
  await expect(page.getByRole('heading', { level: 1, name: 'Organizzazioni che coprono queste competenze' })).toBeVisible();
  const teams = page.getByTestId('team-results').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(teams.first()).toBeVisible();
  await expect(teams.first().getByRole('heading', { level: 3 })).toHaveText(/Lucefilm|Ondalunga Media/);
  await expect(teams.first().getByText('3 competenze su 3')).toBeVisible();
  await screenshots(page, 'teams');
});

test('an unknown skill in the address shows the API message, not an error page', async ({ page }) => {
  await page.goto('/collaboratori?competenza=non-esiste');
  // By test id: Next's route announcer is a second, empty role=alert once the page hydrates.
  await expect(page.getByTestId('operation-error')).toContainText('La ricerca non è valida');
  await expect(page.getByRole('heading', { level: 1, name: 'Trova collaboratori' })).toBeVisible();
});

test('shows the skills projects need that nobody offers', async ({ page }) => {
  await page.goto('/collaboratori');
  await page.getByRole('link', { name: 'Competenze che mancano', exact: true }).click();
  await expect(page).toHaveURL(/\/competenze\/lacune$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Competenze che mancano' })).toBeVisible();
  const lis = page.getByTestId('needed-skills').getByRole('row').filter({ hasText: 'Lingua dei segni italiana (LIS)' });
  await expect(lis).toBeVisible();
  await expect(lis).toContainText('nessuno la offre');
  await expect(lis.getByRole('link', { name: 'Consiglio in diretta', exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Offerte ma non cercate' })).toBeVisible();
  await expect(page.getByTestId('unused-skills').getByRole('listitem').first()).toBeVisible();
  await screenshots(page, 'skill-gaps');
});

test('shows how two people are connected, step by step', async ({ page }) => {
  await page.goto('/collaboratori');
  await page.getByRole('link', { name: 'Come siamo collegati', exact: true }).click();
  await expect(page).toHaveURL(/\/connessioni$/);
  await page.getByLabel('Da', { exact: true }).selectOption({ label: 'Giulia Marchetti' });
  await page.getByLabel('A', { exact: true }).selectOption({ label: 'Marco Zanetti' });
  await page.getByRole('button', { name: 'Trova il collegamento' }).click();
  await expect(page).toHaveURL(/da=.*&a=.*&passaggi=6/);
  const path = page.getByTestId('connection-path');
  await expect(path).toBeVisible();
  await expect(path.getByText(/^\d+ passaggi?$/)).toBeVisible();
  const steps = path.getByRole('listitem');
  expect(await steps.count()).toBeGreaterThanOrEqual(3);
  await expect(steps.first().getByRole('link')).toHaveText('Giulia Marchetti');
  await expect(steps.last().getByRole('link')).toHaveText('Marco Zanetti');
  await screenshots(page, 'connections');

  // One hop is too few for two people in different organizations.
  await page.getByLabel('Passaggi al massimo').selectOption('1');
  await page.getByRole('button', { name: 'Trova il collegamento' }).click();
  await expect(page.getByTestId('no-connection')).toHaveText('Nessun collegamento entro 1 passaggio.');
});

test('a project with an open call lists the members who match it', async ({ page }) => {
  await page.goto('/progetti/consiglio-in-diretta');
  await expect(page.getByRole('heading', { level: 1, name: 'Consiglio in diretta' })).toBeVisible();
  const section = page.locator('#call-matches');
  await expect(section.getByRole('heading', { level: 2, name: 'Chi può rispondere al bando' })).toBeVisible();
  await expect(section.getByTestId('collaborator-result').first()).toBeVisible();
  await expect(section.getByTestId('collaborator-result').first().getByRole('heading', { name: 'Perché' })).toBeVisible();
  await screenshots(page, 'project-call-matches');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('typed text is resolved to a skill and the form still searches', async ({ page }) => {
    await page.goto('/collaboratori');
    await page.getByLabel('Aggiungi una competenza').fill('montaggio');
    await page.getByRole('form', { name: 'Trova collaboratori' }).getByRole('button', { name: 'Cerca' }).click();
    await expect(page).toHaveURL(/aggiungi=montaggio/);
    await expect(page.getByTestId('chosen-skills').getByText('Montaggio video', { exact: true })).toBeVisible();
    await expect(page.getByTestId('collaborator-result').first()).toBeVisible();
    // Removing a chip is a plain link.
    await page.getByRole('link', { name: 'Togli Montaggio video' }).click();
    await expect(page.getByText('Scegli almeno una competenza per iniziare.')).toBeVisible();
  });
});
