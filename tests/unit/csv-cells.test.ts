import { parse } from 'csv-parse/sync';
import { decodeList, encodeList, joinPair, protectCell, splitPair, unprotectCell } from '@/lib/csv/cells';
import { recordsToCsv } from '@/lib/csv/export';
import { parseCsvFile } from '@/lib/csv/parse';
import type { EntityRecord } from '@/lib/csv/records';

/** A small deterministic generator, so a failing case can be reproduced. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Heavy on the characters that matter: formula starters, apostrophes, quotes, separators.
const ALPHABET = ['=', '+', '-', '@', '\t', '\r', '\0', "'", "'", '"', ',', ';', '\\', ':', '\n', ' ', 'a', 'Z', '7', 'è', '€', '🌱'];

function fuzzCells(count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 12);
    return Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
  });
}

const FORMULA = /^[=+\-@\t\r\0]/;

describe('the CSV injection guard', () => {
  test.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+39 06 555 0101', "'+39 06 555 0101"],
    ['-12.5', "'-12.5"],
    ['@mention', "'@mention"],
    ['\tindent', "'\tindent"],
    ['\rline', "'\rline"],
    ['\0nul', "'\0nul"],
    ["'=already", "''=already"],
    ["'Nduja lab", "'Nduja lab"],
    ['plain text', 'plain text'],
    ['', ''],
  ])('%j is written as %j and read back', (value, cell) => {
    expect(protectCell(value)).toBe(cell);
    expect(unprotectCell(cell)).toBe(value);
  });

  test('1,000 fuzzed cells: never start a formula, and the import strips exactly the one apostrophe', () => {
    for (const value of fuzzCells(1000, 20261127)) {
      const cell = protectCell(value);
      expect(FORMULA.test(cell)).toBe(false);
      expect(unprotectCell(cell)).toBe(value);
      // Only cells that needed it grow, and by one character.
      expect(cell.length - value.length).toBe(FORMULA.test(value.replace(/^'+/, '')) ? 1 : 0);
    }
  });

  test('1,000 fuzzed cells survive a whole CSV file: export writes them, import reads them back', () => {
    const values = fuzzCells(1000, 42).map((v) => v.trim());
    const records: EntityRecord[] = values.map((bio, i) => ({
      id: `id-${i}`,
      slug: `persona-${i}`,
      values: { name: `Persona ${i}`, bio: bio === '' ? null : bio },
    }));
    const csv = recordsToCsv('people', records);
    // What a spreadsheet sees: no raw cell starts a formula.
    const raw = parse(csv, { relax_column_count: false }) as string[][];
    for (const cell of raw.flat()) expect(FORMULA.test(cell)).toBe(false);
    const file = parseCsvFile('people.csv', csv);
    expect(file.rows).toHaveLength(values.length);
    file.rows.forEach((row, i) => expect(row.cells.bio).toBe(values[i]));
  });
});

describe('list cells', () => {
  test('items with separators and backslashes round-trip', () => {
    const items = ['a;b', 'c\\d', 'plain', 'ends\\', 'x:y'];
    expect(decodeList(encodeList(items))).toEqual(items);
  });

  test('empty items and spaces around them are dropped', () => {
    expect(decodeList(' a ; ;b;')).toEqual(['a', 'b']);
    expect(decodeList('')).toEqual([]);
  });

  test('fuzzed items round-trip', () => {
    const items = fuzzCells(500, 7)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    for (let i = 0; i < items.length; i += 5) {
      const chunk = items.slice(i, i + 5);
      expect(decodeList(encodeList(chunk))).toEqual(chunk);
    }
  });

  test('pairs split at the first colon; a bare slug has no value', () => {
    expect(splitPair('ponti-solidali:Presidente: fondatrice')).toEqual({ slug: 'ponti-solidali', value: 'Presidente: fondatrice' });
    expect(splitPair('fotografia')).toEqual({ slug: 'fotografia', value: null });
    expect(splitPair('fotografia:')).toEqual({ slug: 'fotografia', value: null });
    expect(joinPair('fotografia', 4)).toBe('fotografia:4');
    expect(joinPair('fotografia', null)).toBe('fotografia');
  });
});
