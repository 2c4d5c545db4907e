import path from 'node:path';
import { expect, test } from '@playwright/test';
import { screenshots, watchConsole } from './support';
import { DEMO, signIn } from './support-auth';

const PEOPLE = path.join(__dirname, '..', 'fixtures', 'csv', 'people-small.csv');

test.describe('bulk import', () => {
  test('staff upload a CSV file, preview it row by row, apply it, and the person is public', async ({ page }) => {
    const problems = watchConsole(page);
    await signIn(page, DEMO.staff, '/staff/importa');
    await page.goto('/staff/importa');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importa da CSV');
    // Nothing to apply before a preview.
    await expect(page.getByRole('button', { name: 'Applica l’importazione' })).toBeDisabled();

    await page.getByLabel('File CSV').setInputFiles(PEOPLE);
    await page.getByRole('button', { name: 'Anteprima' }).click();
    const report = page.getByTestId('import-file-people');
    await expect(report).toBeVisible();
    // On a second run against the same store the rows are unchanged, and hidden until asked for.
    const showUnchanged = page.getByLabel('Mostra anche le righe invariate');
    if ((await showUnchanged.count()) > 0) await showUnchanged.check();
    const row = report.getByRole('row').filter({ hasText: 'giulia-ferrante' });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(2)).toHaveText(/Crea|Invariata/);
    await screenshots(page, 'import-preview');

    await page.getByRole('button', { name: 'Applica l’importazione' }).click();
    await expect(page.getByTestId('import-result')).toBeVisible();

    await page.goto('/persone/giulia-ferrante');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giulia Ferrante');
    await expect(page.getByText('Illustratrice e fumettista').first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('members are told the import is for staff only', async ({ page }) => {
    await signIn(page, DEMO.member, '/staff/importa');
    await page.goto('/staff/importa');
    await expect(page.getByTestId('not-allowed')).toBeVisible();
  });

  test('the export page lists one download per file', async ({ page }) => {
    await signIn(page, DEMO.staff, '/staff/esporta');
    await page.goto('/staff/esporta');
    await expect(page.getByTestId('export-json')).toHaveAttribute('href', '/api/staff/export?format=json');
    for (const kind of ['sectors', 'skills', 'organizations', 'people', 'projects']) {
      await expect(page.getByTestId(`export-csv-${kind}`)).toHaveAttribute('href', `/api/staff/export?format=csv&kind=${kind}`);
    }
    const csv = await page.request.get('/api/staff/export?format=csv&kind=people');
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('slug,name,email,headline,bio');
  });
});
