import { expect, test } from '@playwright/test';
import { watchConsole, WIDTHS } from './support';

test.describe('home page', () => {
  test('shows what the community is, with live counts from the seeded store', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/');
    await expect(page).toHaveTitle(/Rizoma/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chi lavora su cosa, e con chi');
    const people = page.locator('[data-stat="people"] strong');
    await expect(people).toHaveText(/^\d+$/);
    expect(Number(await people.textContent())).toBeGreaterThanOrEqual(80);
    expect(Number(await page.locator('[data-stat="organizations"] strong').textContent())).toBeGreaterThanOrEqual(24);
    await expect(page.getByRole('heading', { name: 'Settori e organizzazioni' })).toBeVisible();
    expect(await page.locator('.sector').count()).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  });

  test('switches to English and back, keeping the choice', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/');
    await page.getByRole('link', { name: 'Read in English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who works on what, and with whom');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who works on what, and with whom');
    await page.getByRole('link', { name: 'Leggi in italiano' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chi lavora su cosa, e con chi');
    expect(problems).toEqual([]);
  });

  test('is reachable by keyboard: the skip link comes first and is visible on focus', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Vai al contenuto' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
  });

  for (const size of WIDTHS) {
    test(`renders at ${size.width} px without horizontal scrolling (screenshot)`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/screenshots/home-${size.name}-${size.width}.png`, fullPage: true });
    });
  }
});
