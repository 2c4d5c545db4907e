import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './support-auth';

/**
 * Automated WCAG 2.1 A/AA checks (axe-core) on every kind of page, at both widths. Automated checks catch contrast, names, labels and structure; keyboard
 * use is covered by the journeys in the other browser tests.
 */
const PAGES = [
  '/',
  '/persone',
  '/persone?competenza=montaggio-video',
  '/persone/karim-benali',
  '/organizzazioni',
  '/organizzazioni/hub-garbatella',
  '/progetti',
  '/progetti/consiglio-in-diretta',
  '/competenze',
  '/competenze/fotografia',
  '/settori',
  '/eventi',
  '/cerca?q=caffe',
  '/mappa',
  '/pagina-che-non-esiste',
];

/** Pages behind sign-in, checked as the account that may see them. */
const SIGNED_IN_PAGES: { who: keyof typeof DEMO; paths: string[] }[] = [
  { who: 'member', paths: ['/profilo', '/profilo/password', '/proponi'] },
  {
    who: 'staff',
    paths: [
      '/staff',
      '/staff/moderazione',
      '/staff/gestione',
      '/staff/gestione/organizzazioni',
      '/staff/gestione/competenze/nuovo',
      '/staff/unisci',
      '/staff/registro',
      '/staff/importa',
      '/staff/esporta',
      '/staff/inviti',
      '/staff/cancellazioni',
    ],
  },
  { who: 'admin', paths: ['/staff/account'] },
];

for (const { who, paths } of SIGNED_IN_PAGES) {
  test(`no WCAG 2.1 AA violations on the pages of a signed-in ${who}`, async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO[who]);
    for (const path of paths) {
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(violations, `${path} at ${width} px`).toEqual([]);
      }
    }
  });
}

test('the sign-in page has no WCAG 2.1 AA violations', async ({ page }) => {
  await page.goto('/accedi');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

for (const path of PAGES) {
  test(`no WCAG 2.1 AA violations on ${path}`, async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(violations, `${path} at ${width} px`).toEqual([]);
    }
  });
}
