import { COLUMNS, kindOfFileName, kindOfHeader } from '@/lib/csv/formats';
import { CsvFileError, parseCsvFile, parseCsvFiles } from '@/lib/csv/parse';
import { parseCell } from '@/lib/csv/values';

describe('reading a CSV file', () => {
  test('the kind comes from the file name (English or Italian), else from the header', () => {
    expect(kindOfFileName('people.csv')).toBe('people');
    expect(kindOfFileName('rizoma-people-2026-11-27.csv')).toBe('people');
    expect(kindOfFileName('Persone.CSV')).toBe('people');
    expect(kindOfFileName('competenze.csv')).toBe('skills');
    expect(kindOfFileName('export.csv')).toBeNull();
    expect(kindOfHeader(['slug', 'name', 'headline'])).toBe('people');
    expect(kindOfHeader(['slug', 'name', 'status', 'needs'])).toBe('projects');
    // Columns every kind has say nothing.
    expect(kindOfHeader(['slug', 'name'])).toBeNull();
  });

  test('rows are numbered as a spreadsheet shows them; blank rows are skipped; a BOM is ignored', () => {
    const file = parseCsvFile('people.csv', '\uFEFFslug,name\nanna,Anna\n,\n\nbruno,Bruno\n');
    expect(file.columns).toEqual(['slug', 'name']);
    expect(file.rows).toEqual([
      { row: 2, cells: { slug: 'anna', name: 'Anna' } },
      { row: 4, cells: { slug: 'bruno', name: 'Bruno' } },
    ]);
  });

  test('semicolon-separated files (spreadsheets set to Italian) are read too', () => {
    const file = parseCsvFile('skills.csv', 'slug;name;aliases\nfoto;Fotografia;"foto;photo"\n');
    expect(file.rows[0]?.cells).toEqual({ slug: 'foto', name: 'Fotografia', aliases: 'foto;photo' });
  });

  test('header names are matched without regard to case', () => {
    expect(parseCsvFile('people.csv', 'Slug,NAME,contactvisibility\na,A,PUBLIC\n').columns).toEqual(['slug', 'name', 'contactVisibility']);
  });

  test('cells lose their injection guard', () => {
    const file = parseCsvFile('people.csv', "slug,name,headline\na,A,'=1+1\n");
    expect(file.rows[0]?.cells.headline).toBe('=1+1');
  });

  test.each([
    ['an empty file', '', /empty/],
    ['an unknown column', 'slug,name,colour\n', /unknown column "colour"/],
    ['a column twice', 'slug,name,Name\n', /appears twice/],
    ['no identifying column', 'headline\nx\n', /needs at least one of slug, name, email/],
    ['a ragged row', 'slug,name\na,A,extra\n', /not readable as CSV/],
    ['an unclosed quote', 'slug,name\n"a,A\n', /not readable as CSV/],
  ])('%s is refused for the whole file', (_what, text, message) => {
    expect(() => parseCsvFile('people.csv', text)).toThrow(CsvFileError);
    expect(() => parseCsvFile('people.csv', text)).toThrow(message);
  });

  test('two files of the same kind in one import are refused', () => {
    expect(() =>
      parseCsvFiles([
        { name: 'people.csv', text: 'slug,name\n' },
        { name: 'persone.csv', text: 'slug,name\n' },
      ]),
    ).toThrow(/two files hold people/);
  });
});

describe('reading cells', () => {
  const people = (name: string) => COLUMNS.people.find((c) => c.name === name)!.spec;
  const projects = (name: string) => COLUMNS.projects.find((c) => c.name === name)!.spec;

  test.each([
    ['email', 'maria@rossi.example', true],
    ['email', 'maria@', false],
    ['website', 'https://maria.example/x?y', true],
    ['website', 'javascript:alert(1)', false],
    ['website', 'ftp://maria.example', false],
    ['availability', 'limited', true],
    ['availability', 'SEMPRE', false],
    ['skills', 'fotografia:5;montaggio-video:1', true],
    ['skills', 'fotografia:0', false],
    ['skills', 'fotografia:6', false],
    ['skills', 'fotografia', false],
    ['skills', 'fotografia:3;fotografia:4', false],
    ['skills', 'Fotografia:3', false],
    ['organizations', 'ponti-solidali:Presidente;radio-cortile', true],
    ['name', '', false],
    ['name', 'x'.repeat(201), false],
    ['bio', 'x'.repeat(5000), true],
    ['bio', 'x'.repeat(5001), false],
  ])('people.%s %j valid: %s', (column, cell, valid) => {
    expect(parseCell(people(column), cell).ok).toBe(valid);
  });

  test.each([
    ['startDate', '2026-02-28', true],
    ['startDate', '2026-02-30', false],
    ['startDate', '28/02/2026', false],
    ['callOpen', 'sì', true],
    ['callOpen', 'forse', false],
    ['status', 'paused', true],
  ])('projects.%s %j valid: %s', (column, cell, valid) => {
    expect(parseCell(projects(column), cell).ok).toBe(valid);
  });

  test('lists are sorted by slug, so their order in the cell is no change', () => {
    const a = parseCell(people('skills'), 'b:1;a:2');
    const b = parseCell(people('skills'), 'a:2;b:1');
    expect(a).toEqual(b);
    expect(a).toMatchObject({ ok: true, value: [{ slug: 'a', value: 2 }, { slug: 'b', value: 1 }] });
  });

  test('enums are read in any case and stored upper-case; blank is "keep"', () => {
    expect(parseCell(people('availability'), 'open')).toEqual({ ok: true, value: 'OPEN', blank: false });
    expect(parseCell(people('availability'), ' ')).toEqual({ ok: true, value: null, blank: true });
  });
});
