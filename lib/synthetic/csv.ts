import fs from 'node:fs';
import type { PropertyType } from '../graph/schema';
import type { PortableValue } from '../transfer/format';

/**
 * CSV as Kùzu's COPY reads it (header row, `,` delimiter, `"` quotes doubled inside
 * strings, an empty field for null, lists as `[a,b]`). Only what the loader needs.
 */

/** List elements travel unquoted inside `[...]`, so they must not hold separators or quotes. */
const UNSAFE_LIST_ELEMENT = /[,[\]{}"'\\\n\r]/;

function quoted(text: string): string {
  if (/[\n\r]/.test(text)) throw new Error(`A CSV field for COPY cannot hold a line break: ${JSON.stringify(text.slice(0, 40))}`);
  return `"${text.replace(/"/g, '""')}"`;
}

/** One field of a value of `type` in its portable form. */
export function csvField(value: PortableValue | undefined, type: PropertyType): string {
  if (value === null || value === undefined) return '';
  if (type === 'STRING[]') {
    const list = Array.isArray(value) ? value : [];
    const bad = list.find((x) => UNSAFE_LIST_ELEMENT.test(x) || x.trim() !== x || x === '');
    if (bad !== undefined) throw new Error(`A list element cannot travel through CSV: ${JSON.stringify(bad)}`);
    return quoted(`[${list.join(',')}]`);
  }
  if (typeof value === 'string') return type === 'STRING' ? quoted(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`A ${type} value cannot be written as CSV`);
}

const CHUNK = 20_000;

/** Writes a header and rows to `file`, a chunk of lines at a time. */
export function writeCsv(file: string, header: readonly string[], rows: Iterable<readonly string[]>): number {
  const fd = fs.openSync(file, 'w');
  let count = 0;
  try {
    let lines: string[] = [`${header.join(',')}\n`];
    for (const row of rows) {
      lines.push(`${row.join(',')}\n`);
      count++;
      if (lines.length >= CHUNK) {
        fs.writeSync(fd, lines.join(''));
        lines = [];
      }
    }
    if (lines.length > 0) fs.writeSync(fd, lines.join(''));
  } finally {
    fs.closeSync(fd);
  }
  return count;
}
