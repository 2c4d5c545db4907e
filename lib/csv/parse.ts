import { CsvError, parse } from 'csv-parse/sync';
import { unprotectCell } from './cells';
import { COLUMNS, columnOf, kindOfFileName, kindOfHeader, KINDS, type Kind } from './formats';

/** A file that cannot be read as one of our CSV formats: the whole upload is refused (HTTP 400). */
export class CsvFileError extends Error {
  constructor(
    readonly fileName: string,
    message: string,
  ) {
    super(`${fileName}: ${message}`);
    this.name = 'CsvFileError';
  }
}

/** One data row: its number as a spreadsheet shows it (the header is row 1) and its cells by column. */
export interface CsvRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface ParsedFile {
  readonly fileName: string;
  readonly kind: Kind;
  /** The columns present, in the file's order (canonical names). */
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
}

/** At most this many data rows per file: a community, not a data warehouse. */
export const MAX_ROWS = 50_000;

function delimiterOf(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const commas = (firstLine.match(/,/g) ?? []).length;
  const semicolons = (firstLine.match(/;/g) ?? []).length;
  // Spreadsheets set to Italian save "CSV" with semicolons.
  return semicolons > commas ? ';' : ',';
}

function readRecords(fileName: string, text: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, '')),
      relax_column_count: false,
      // A quote inside an unquoted cell (5"3, L'"Officina") is a character, as people who type CSV mean it.
      relax_quotes: true,
      skip_empty_lines: true,
      trim: false,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      throw new CsvFileError(fileName, `not readable as CSV (${error.message})`);
    }
    throw error;
  }
}

/**
 * Reads one uploaded CSV file: its kind (from the file name, else from the header), its
 * header (every column must be known), and its rows with the injection guard undone.
 */
export function parseCsvFile(fileName: string, text: string, kindHint?: Kind): ParsedFile {
  const records = readRecords(fileName, text);
  const [header, ...data] = records;
  if (!header || header.every((h) => h.trim() === '')) throw new CsvFileError(fileName, 'the file is empty (no header row)');
  const names = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  const kind = kindHint ?? kindOfFileName(fileName) ?? kindOfHeader(names);
  if (!kind) {
    throw new CsvFileError(
      fileName,
      `cannot tell which kind of entity this file holds; name it ${KINDS.map((k) => `${k}.csv`).join(', ')}`,
    );
  }
  const canonical = names.map((name) => columnOf(kind, name)?.name ?? COLUMNS[kind].find((c) => c.name.toLowerCase() === name.toLowerCase())?.name);
  const unknown = names.filter((_, i) => !canonical[i]);
  if (unknown.length > 0) {
    throw new CsvFileError(
      fileName,
      `unknown column ${unknown.map((u) => `"${u}"`).join(', ')} for ${kind}; the columns are ${COLUMNS[kind].map((c) => c.name).join(', ')}`,
    );
  }
  const columns = canonical as string[];
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  if (repeated) throw new CsvFileError(fileName, `the column "${repeated}" appears twice`);
  const identifying = kind === 'people' ? ['slug', 'name', 'email'] : ['slug', 'name'];
  if (!identifying.some((c) => columns.includes(c))) {
    throw new CsvFileError(fileName, `the header needs at least one of ${identifying.join(', ')} to tell which ${kind} a row is`);
  }
  if (data.length > MAX_ROWS) throw new CsvFileError(fileName, `more than ${MAX_ROWS} rows; split the file`);
  const rows = data.flatMap((cells, i) =>
    // A row of empty cells is what spreadsheets save for a blank line: not an entity.
    cells.every((cell) => cell.trim() === '')
      ? []
      : [{ row: i + 2, cells: Object.fromEntries(columns.map((column, j) => [column, unprotectCell(cells[j] ?? '')])) }],
  );
  return { fileName, kind, columns, rows };
}

/**
 * Reads every file of one import. Two files of the same kind are refused: which one
 * would win for a row found in both is not something to guess.
 */
export function parseCsvFiles(files: readonly { name: string; text: string }[]): ParsedFile[] {
  const parsed = files.map((f) => parseCsvFile(f.name, f.text));
  for (const kind of KINDS) {
    const same = parsed.filter((f) => f.kind === kind);
    if (same.length > 1) {
      throw new CsvFileError(same[1]?.fileName ?? kind, `two files hold ${kind} (${same.map((f) => f.fileName).join(', ')}); put them in one`);
    }
  }
  return parsed;
}
