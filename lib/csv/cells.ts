/**
 * How single cells are written and read, below the level of columns: the guard against
 * CSV (formula) injection, and the escaped lists used by relationship columns.
 */

/**
 * A cell that starts with one of these characters is taken for a formula (or a DDE
 * call) by spreadsheet programs (OWASP "CSV injection"): = + - @ tab, carriage return, NUL.
 */
const FORMULA_START = /^'*[=+\-@\t\r\0]/;

/**
 * Makes a value safe to open in a spreadsheet: a value that would start a formula gets
 * one leading apostrophe. Values already made of apostrophes then a formula character
 * also get one, so `unprotectCell` can undo exactly what this did (a bijection).
 */
export function protectCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Removes the one apostrophe `protectCell` added; every other value is left as it is. */
export function unprotectCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Separates the items of a list cell (`a;b`); a `;` or `\` inside an item is escaped with `\`. */
export const ITEM_SEPARATOR = ';';
/** Separates an item's slug from its value (`design-grafico:4`, `ponti-solidali:Presidente`). */
export const PAIR_SEPARATOR = ':';

function escapeItem(item: string): string {
  return item.replace(/\\/g, '\\\\').replace(/;/g, '\\;');
}

/** Writes a list of items as one cell. */
export function encodeList(items: readonly string[]): string {
  return items.map(escapeItem).join(ITEM_SEPARATOR);
}

/** Reads a list cell into trimmed, non-empty items, honouring `\;` and `\\`. */
export function decodeList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i += 1) {
    const ch = cell[i];
    if (ch === '\\' && i + 1 < cell.length) {
      current += cell[i + 1];
      i += 1;
    } else if (ch === ITEM_SEPARATOR) {
      items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

/** Splits a list item into its slug and its value (null when the item is a bare slug). */
export function splitPair(item: string): { slug: string; value: string | null } {
  const at = item.indexOf(PAIR_SEPARATOR);
  if (at < 0) return { slug: item.trim(), value: null };
  const value = item.slice(at + 1).trim();
  return { slug: item.slice(0, at).trim(), value: value.length > 0 ? value : null };
}

/** Writes a slug and its value as one list item (a bare slug when the value is null). */
export function joinPair(slug: string, value: string | number | null): string {
  return value === null || value === '' ? slug : `${slug}${PAIR_SEPARATOR}${value}`;
}
