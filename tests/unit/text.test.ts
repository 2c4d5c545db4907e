import { foldText } from '@/lib/text/fold';
import { slugify } from '@/lib/text/slug';

describe('foldText', () => {
  test('lower-cases, strips accents and collapses white space', () => {
    expect(foldText('Caffè  Letterario', 'PERCHÉ   sì')).toBe('caffe letterario perche si');
  });
  test('skips empty parts', () => {
    expect(foldText(null, '', undefined, 'Àrea')).toBe('area');
  });
});

describe('slugify', () => {
  test('makes ASCII kebab-case addresses', () => {
    expect(slugify('Città dell’Altra Economia — 2026!')).toBe('citta-dell-altra-economia-2026');
  });
  test('trims to 80 characters without a trailing hyphen', () => {
    const slug = slugify(`${'parola '.repeat(30)}fine`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});
