import { expect, test, type Page } from '@playwright/test';
import { screenshots, watchConsole } from './support';
import { DEMO, signIn } from './support-auth';

/**
 * A member keeps their own profile: edits the headline and sees it on the public page,
 * adds a skill with a level, endorses someone else's skill. Each step leaves the data in
 * a state the next run can start from (the skill and the endorsement are undone first
 * when a previous run left them).
 */

let problems: string[] = [];

test.beforeEach(({ page }) => {
  problems = watchConsole(page);
});

test.afterEach(() => {
  expect(problems).toEqual([]);
});

async function openMyProfile(page: Page): Promise<void> {
  await page.goto('/profilo');
  await expect(page.getByRole('heading', { level: 1, name: 'Il mio profilo' })).toBeVisible();
}

test('visitors are sent to sign in and come back to /profilo', async ({ page }) => {
  await page.goto('/profilo');
  await expect(page).toHaveURL(/\/accedi\?callbackUrl=%2Fprofilo$/);
  await page.getByLabel('Email').fill(DEMO.member.email);
  await page.getByLabel('Password').fill(DEMO.member.password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await expect(page).toHaveURL(/\/profilo$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Il mio profilo' })).toBeVisible();
});

test('a member edits their headline and sees it on their public profile', async ({ page }) => {
  await signIn(page, DEMO.member, '/profilo');
  await openMyProfile(page);
  await screenshots(page, 'my-profile');
  const headline = `Videomaker e documentarista ${Date.now().toString(36)}`;
  const form = page.getByTestId('profile-form');
  await form.getByLabel('Titolo', { exact: true }).fill(headline);
  await form.getByRole('button', { name: 'Salva il profilo' }).click();
  await expect(page.getByTestId('profile-status')).toHaveText('Profilo salvato.');

  // Live validation: an empty name is flagged before anything is sent.
  await form.getByLabel('Nome e cognome').fill('');
  await expect(form.getByText('Questo campo è obbligatorio.')).toBeVisible();
  await page.reload();

  await page.getByRole('link', { name: 'Vedi il profilo pubblico' }).click();
  await expect(page).toHaveURL(/\/persone\/karim-benali$/);
  await expect(page.getByText(headline)).toBeVisible();
});

test('a member adds a skill with a level', async ({ page }) => {
  await signIn(page, DEMO.member, '/profilo');
  await openMyProfile(page);
  const skills = page.getByTestId('my-skills');
  const status = page.getByTestId('skills-status');
  // A previous run may have left it: start without it.
  const remove = page.getByRole('button', { name: 'Rimuovi Fotografia', exact: true });
  if ((await remove.count()) > 0) {
    await remove.click();
    await expect(status).toHaveText('Fotografia rimossa.');
  }

  const picker = page.getByRole('combobox', { name: 'Competenza', exact: true });
  await picker.fill('fotografia');
  // Names starting with the text come first, shortest first: "Fotografia" before "Fotografia analogica".
  await page.getByRole('listbox', { name: 'Competenze suggerite' }).getByRole('option').first().click();
  await expect(picker).toHaveValue('Fotografia');
  await page.getByLabel('Livello', { exact: true }).selectOption('4');
  await page.getByRole('button', { name: 'Aggiungi', exact: true }).click();
  await expect(status).toHaveText('Fotografia aggiunta.');
  await expect(skills.getByRole('link', { name: 'Fotografia' })).toBeVisible();
  await expect(page.getByLabel('Livello in Fotografia')).toHaveValue('4');

  // It survives a reload, and the public profile lists it.
  await page.reload();
  await expect(page.getByLabel('Livello in Fotografia')).toHaveValue('4');
  await page.goto('/persone/karim-benali');
  await expect(page.locator('#skills').getByRole('link', { name: 'Fotografia' })).toBeVisible();
});

test('a member endorses someone else’s skill, and not their own', async ({ page }) => {
  await signIn(page, DEMO.member, '/persone/sara-pellegrini');
  await page.goto('/persone/sara-pellegrini');
  const endorse = page.getByRole('button', { name: 'Segnala Sound design', exact: true });
  await expect(endorse).toBeVisible();
  if ((await endorse.getAttribute('aria-pressed')) === 'true') {
    await endorse.click();
    await expect(endorse).toHaveAttribute('aria-pressed', 'false');
  }
  await endorse.click();
  await expect(endorse).toHaveAttribute('aria-pressed', 'true');
  await screenshots(page, 'person-endorse');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Segnala Sound design', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // Listed among the endorsements given, on /profilo.
  await openMyProfile(page);
  const given = page.getByTestId('endorsements-given');
  await expect(given.getByRole('button', { name: 'Ritira la segnalazione di Sound design per Sara Pellegrini' })).toBeVisible();

  // No endorse buttons on one's own profile.
  await page.goto('/persone/karim-benali');
  await expect(page.getByRole('button', { name: /^Segnala / })).toHaveCount(0);
});
