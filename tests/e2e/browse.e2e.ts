import { expect, test } from '@playwright/test';
import { screenshots, watchConsole } from './support';

/**
 * The main journeys of browsing who works on what, against the production build on a
 * freshly seeded store. Every test fails on a console error, and each page it visits is
 * photographed at 1280 and 390 px (test-results/screenshots/).
 */

let problems: string[] = [];

test.beforeEach(({ page }) => {
  problems = watchConsole(page);
});

test.afterEach(() => {
  expect(problems).toEqual([]);
});

test('from the home page to a person through the directory', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Sezioni' }).getByRole('link', { name: 'Persone' }).click();
  await expect(page).toHaveURL(/\/persone$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Persone' })).toBeVisible();
  await expect(page.getByText(/^\d+ persone$/)).toBeVisible();
  await screenshots(page, 'people');

  await page.getByRole('link', { name: 'Chiara Ventura' }).first().click();
  await expect(page).toHaveURL(/\/persone\/chiara-ventura$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Chiara Ventura' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Competenze' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Collabora con' })).toBeVisible();
  await screenshots(page, 'person');

  // Onward through the graph: her organization.
  await page.getByRole('main').getByRole('link', { name: 'Spazio Rizoma Garbatella' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Spazio Rizoma Garbatella' })).toBeVisible();
  await screenshots(page, 'organization');
});

test('filters people by a skill, in a URL that survives a reload', async ({ page }) => {
  await page.goto('/persone');
  await page.getByLabel('Competenza 1').selectOption({ label: 'Montaggio video' });
  await page.getByRole('button', { name: 'Applica' }).click();
  await expect(page).toHaveURL(/competenza=montaggio-video/);
  const count = page.getByText(/^\d+ person[ae]$/);
  await expect(count).toBeVisible();
  const filtered = Number((await count.textContent())?.split(' ')[0]);
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(94);
  await page.reload();
  await expect(page.getByLabel('Competenza 1')).toHaveValue('montaggio-video');
  await expect(page.getByText(`${filtered} ${filtered === 1 ? 'persona' : 'persone'}`)).toBeVisible();
  await screenshots(page, 'people-filtered');
});

test('searches with and without accents, through suggestions and the results page', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox').first();
  await box.fill('caffe');
  const suggestions = page.getByRole('listbox');
  await expect(suggestions).toBeVisible();
  await expect(suggestions.getByRole('option', { name: /^Biotrama/ })).toBeVisible();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/cerca\?q=caffe/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('caffe');
  await expect(page.getByRole('link', { name: 'Biotrama' })).toBeVisible();
  await screenshots(page, 'search');

  await page.goto('/cerca?q=caff%C3%A8');
  await expect(page.getByRole('link', { name: 'Biotrama' })).toBeVisible();

  // Arrow keys pick a suggestion; Enter opens it.
  await page.goto('/');
  await box.fill('fotografia');
  await expect(page.getByRole('listbox')).toBeVisible();
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await box.press('Enter');
  await expect(page).not.toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the map opens a profile from the node list', async ({ page }) => {
  await page.goto('/mappa');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^\d+ nodi, \d+ collegamenti$/)).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('canvas').first()).toBeVisible({ timeout: 15_000 });
  await screenshots(page, 'map');
  await page.getByLabel('Cerca un nodo').fill('Karim');
  await page.getByLabel('Nodi della mappa').selectOption({ label: 'Karim Benali · Persona' });
  await page.getByRole('link', { name: 'Apri il profilo: Karim Benali' }).click();
  await expect(page).toHaveURL(/\/persone\/karim-benali$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Karim Benali' })).toBeVisible();
});

test('every directory and a profile of each kind render', async ({ page }) => {
  for (const [path, name] of [
    ['/organizzazioni', 'organizations'],
    ['/progetti', 'projects'],
    ['/competenze', 'skills'],
    ['/settori', 'sectors'],
    ['/eventi', 'events'],
    ['/competenze/fotografia', 'skill'],
    ['/organizzazioni/hub-garbatella', 'hub'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await screenshots(page, name);
  }
  for (const list of ['/progetti', '/eventi', '/settori']) {
    await page.goto(list);
    await page.locator('main article a, main li a').filter({ hasNotText: /^$/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('switching language on a profile stays on the profile', async ({ page }) => {
  await page.goto('/competenze/fotografia');
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(/\/competenze\/fotografia$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Photography' })).toBeVisible();
  await screenshots(page, 'skill-en');
  await page.getByRole('link', { name: 'Leggi in italiano' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fotografia' })).toBeVisible();
});

test('an unknown profile is a real 404 page', async ({ page }) => {
  const response = await page.goto('/persone/nessuno-con-questo-nome');
  expect(response?.status()).toBe(404);
  // The browser reports the 404 status itself as a console error: that one is the point.
  problems = problems.filter((p) => !/status of 404/.test(p));
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina non trovata' })).toBeVisible();
});
