import { randomUUID } from 'node:crypto';
import type { SkillNames } from '../search/text';
import { slugify } from '../text/slug';
import { COLUMNS, KINDS, columnOf, isRelationshipColumn, type Column, type Kind } from './formats';
import type { ParsedFile } from './parse';
import type { EntityRecord } from './records';
import { formatCell, parseCell, referencedSlugs, sameValue, type CellValue } from './values';

/**
 * Planning an import: what each row would do (CREATE, UPDATE, UNCHANGED or REJECT, with
 * the changed fields and the reasons), given the files and what the store holds. Pure:
 * preview and apply run the very same planning, apply inside its write unit of work.
 */

export type RowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'REJECT';

export interface FieldChange {
  readonly column: string;
  readonly before: string;
  readonly after: string;
}

export interface RowProblem {
  /** The column at fault, or null when the row as a whole is (a duplicate, say). */
  readonly column: string | null;
  readonly reason: string;
}

export interface RowReport {
  readonly row: number;
  readonly slug: string | null;
  readonly name: string | null;
  readonly action: RowAction;
  readonly changes: readonly FieldChange[];
  readonly problems: readonly RowProblem[];
}

export type ActionCounts = Record<RowAction, number>;

export interface FileReport {
  readonly fileName: string;
  readonly kind: Kind;
  readonly columns: readonly string[];
  readonly counts: ActionCounts;
  readonly rows: readonly RowReport[];
}

export interface ImportReport {
  readonly counts: ActionCounts;
  readonly files: readonly FileReport[];
}

/** An entity the import creates or changes, with every column's final value. */
export interface PlannedEntity {
  readonly kind: Kind;
  readonly id: string;
  readonly slug: string;
  readonly existing: EntityRecord | null;
  readonly values: Readonly<Record<string, CellValue>>;
  /** Columns whose value differs from the store's (all set ones, for a creation). */
  readonly changed: readonly string[];
}

export interface ImportPlan {
  readonly report: ImportReport;
  /** The creations and updates, in writing order (kinds referenced first). */
  readonly entities: readonly PlannedEntity[];
}

/** What planning needs to know of the store. */
export interface Snapshot {
  /** Every entity's id by slug, per kind. */
  readonly ids: Readonly<Record<Kind, ReadonlyMap<string, string>>>;
  /** People's slugs by lower-case email. */
  readonly peopleByEmail: ReadonlyMap<string, readonly string[]>;
  /** Every skill's names by slug (people's searchText lists them). */
  readonly skillNames: ReadonlyMap<string, SkillNames>;
  /** Full records of the entities the files may match, by slug. */
  readonly records: Readonly<Record<Kind, ReadonlyMap<string, EntityRecord>>>;
}

/** Longest value a report shows of a field; the plan itself keeps the whole text. */
const SHOWN = 160;

function shown(value: CellValue): string {
  const text = formatCell(value);
  return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
}

export function zeroCounts(): ActionCounts {
  return { CREATE: 0, UPDATE: 0, UNCHANGED: 0, REJECT: 0 };
}

/** The slugs a row could be matched by before anything is decided (for loading records). */
export function candidateSlugs(file: ParsedFile, snapshot: Pick<Snapshot, 'peopleByEmail'>): string[] {
  const slugs: string[] = [];
  for (const { cells } of file.rows) {
    const slug = cells.slug?.trim();
    if (slug) slugs.push(slug);
    const email = cells.email?.trim().toLowerCase();
    if (file.kind === 'people' && email) slugs.push(...(snapshot.peopleByEmail.get(email) ?? []));
    const name = cells.name?.trim();
    if (name) slugs.push(slugify(name));
  }
  return [...new Set(slugs)];
}

/** Working state of one row while planning. */
interface Draft {
  readonly file: ParsedFile;
  readonly row: number;
  readonly kind: Kind;
  slug: string | null;
  existing: EntityRecord | null;
  readonly parsed: Map<string, { value: CellValue; blank: boolean }>;
  readonly problems: RowProblem[];
}

function emptyValue(column: Column): CellValue {
  const spec = column.spec;
  if (spec.type === 'textList' || spec.type === 'slugList' || spec.type === 'pairs') return [];
  if (spec.type === 'enum') return spec.fallback;
  if (spec.type === 'bool') return spec.fallback;
  return null;
}

const SINGULAR: Record<Kind, string> = {
  sectors: 'sector',
  skills: 'skill',
  organizations: 'organization',
  people: 'person',
  projects: 'project',
};

class SlugAllocator {
  private readonly taken: Record<Kind, Set<string>>;
  constructor(snapshot: Snapshot) {
    this.taken = Object.fromEntries(KINDS.map((k) => [k, new Set(snapshot.ids[k].keys())])) as Record<Kind, Set<string>>;
  }
  /** The base slug, or base-2, base-3…: the first free one. */
  allocate(kind: Kind, base: string): string {
    let slug = base;
    for (let n = 2; this.taken[kind].has(slug); n += 1) slug = `${base.slice(0, 75)}-${n}`;
    this.taken[kind].add(slug);
    return slug;
  }
  claim(kind: Kind, slug: string): void {
    this.taken[kind].add(slug);
  }
}

/** Stage one: cells to values, and which entity the row is about. */
function draftRows(file: ParsedFile, snapshot: Snapshot, slugs: SlugAllocator): Draft[] {
  const kind = file.kind;
  const records = snapshot.records[kind];
  const seen = new Map<string, number>();
  const seenEmails = new Map<string, number>();
  return file.rows.map(({ row, cells }) => {
    const draft: Draft = { file, row, kind, slug: null, existing: null, parsed: new Map(), problems: [] };
    for (const name of file.columns) {
      const column = columnOf(kind, name);
      if (!column || column.name === 'slug') continue;
      const result = parseCell(column.spec, cells[name] ?? '');
      if (result.ok) draft.parsed.set(name, { value: result.value, blank: result.blank });
      else draft.problems.push({ column: name, reason: result.reason });
    }
    const slugCell = (cells.slug ?? '').trim();
    const slugResult = parseCell({ type: 'slug' }, slugCell);
    if (!slugResult.ok) {
      draft.problems.push({ column: 'slug', reason: slugResult.reason });
      return draft;
    }
    const name = (cells.name ?? '').trim();
    const email = kind === 'people' ? (cells.email ?? '').trim().toLowerCase() : '';
    const byEmail = email ? (snapshot.peopleByEmail.get(email) ?? []) : [];

    if (slugCell) {
      draft.slug = slugCell;
      draft.existing = records.get(slugCell) ?? null;
      const other = byEmail.find((s) => s !== slugCell);
      if (other) draft.problems.push({ column: 'email', reason: `this email already belongs to another person (${other})` });
    } else if (email && byEmail.length > 1) {
      draft.problems.push({ column: 'email', reason: `this email belongs to several people (${byEmail.join(', ')}); add their slug` });
    } else if (email && byEmail.length === 1) {
      draft.slug = byEmail[0] ?? null;
      draft.existing = draft.slug ? (records.get(draft.slug) ?? null) : null;
    } else if (!name) {
      draft.problems.push({ column: 'name', reason: 'a row needs a slug or a name' });
    } else {
      const base = slugify(name);
      if (!base) {
        draft.problems.push({ column: 'name', reason: 'no slug can be made from this name; add a slug column' });
      } else if (kind === 'people' && email) {
        // A new email is a new person, even if someone else has the same name.
        draft.slug = slugs.allocate(kind, base);
      } else {
        draft.slug = base;
        draft.existing = records.get(base) ?? null;
      }
    }
    if (draft.slug) {
      if (!draft.existing) slugs.claim(kind, draft.slug);
      const first = seen.get(draft.slug);
      if (first !== undefined) draft.problems.push({ column: null, reason: `duplicate row: row ${first} is about the same ${SINGULAR[kind]} (${draft.slug})` });
      else seen.set(draft.slug, row);
    }
    if (email) {
      const first = seenEmails.get(email);
      const duplicate = draft.problems.some((p) => p.column === null);
      if (first === undefined) seenEmails.set(email, row);
      else if (!duplicate) draft.problems.push({ column: 'email', reason: `duplicate row: row ${first} has the same email` });
    }
    if (!draft.existing && draft.parsed.get('name') === undefined && !draft.problems.some((p) => p.column === 'name')) {
      draft.problems.push({ column: 'name', reason: `a new ${SINGULAR[kind]} needs a name` });
    }
    return draft;
  });
}

/** The final value of every column: the store's (or the defaults), overwritten by the row's cells. */
function finalValues(draft: Draft): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (const column of COLUMNS[draft.kind]) {
    if (column.name === 'slug') continue;
    values[column.name] = draft.existing ? (draft.existing.values[column.name] ?? emptyValue(column)) : emptyValue(column);
    const cell = draft.parsed.get(column.name);
    if (!cell) continue;
    const keepsOnBlank = column.spec.type === 'enum' || column.spec.type === 'bool';
    if (cell.blank && keepsOnBlank) continue;
    // Email addresses are compared without regard to case: MARIA@X.EXAMPLE is no change.
    const current = values[column.name];
    if (column.spec.type === 'email' && typeof current === 'string' && typeof cell.value === 'string' && current.toLowerCase() === cell.value.toLowerCase()) continue;
    values[column.name] = cell.value;
  }
  // Managing an organization means being a member of it: a membership the row drops
  // takes its manager flag with it.
  if (draft.kind === 'people') {
    const members = new Set(referencedSlugs(values.organizations ?? []));
    const manages = referencedSlugs(values.manages ?? []);
    if (!draft.parsed.has('manages')) values.manages = manages.filter((s) => members.has(s));
  }
  return values;
}

/** Stage two: references must point at entities that exist or that this import creates. */
function referenceProblems(draft: Draft, values: Record<string, CellValue>, valid: Record<Kind, Set<string>>, rejected: Record<Kind, Set<string>>): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const name of draft.file.columns) {
    const column = columnOf(draft.kind, name);
    if (!column || !isRelationshipColumn(column)) continue;
    const spec = column.spec;
    if (spec.type !== 'slugList' && spec.type !== 'pairs') continue;
    for (const slug of referencedSlugs(values[name] ?? [])) {
      if (spec.ref === draft.kind && slug === draft.slug) {
        problems.push({ column: name, reason: `a ${SINGULAR[draft.kind]} cannot refer to itself` });
      } else if (rejected[spec.ref].has(slug) && !valid[spec.ref].has(slug)) {
        problems.push({ column: name, reason: `${SINGULAR[spec.ref]} "${slug}" is in this import but its row is rejected` });
      } else if (!valid[spec.ref].has(slug)) {
        problems.push({ column: name, reason: `unknown ${SINGULAR[spec.ref]} "${slug}": not in the directory nor created by this import` });
      }
    }
  }
  if (draft.kind === 'people') {
    const members = new Set(referencedSlugs(values.organizations ?? []));
    const outside = referencedSlugs(values.manages ?? []).filter((s) => !members.has(s));
    if (outside.length > 0) problems.push({ column: 'manages', reason: `managing ${outside.join(', ')} needs a membership in organizations too` });
  }
  if (draft.kind === 'projects') {
    const start = values.startDate;
    const end = values.endDate;
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      problems.push({ column: 'endDate', reason: `the end date ${end} is before the start date ${start}` });
    }
  }
  return problems;
}

/**
 * Plans an import of `files` against `snapshot`: every row gets an action and, when
 * rejected, its reasons. References across files resolve (a person may have a skill the
 * skills file creates); a reference to a row that is itself rejected rejects too.
 */
export function planImport(files: readonly ParsedFile[], snapshot: Snapshot): ImportPlan {
  const slugs = new SlugAllocator(snapshot);
  const ordered = [...files].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  const drafts = ordered.map((file) => ({ file, drafts: draftRows(file, snapshot, slugs) }));
  const all = drafts.flatMap((d) => d.drafts);
  const values = new Map<Draft, Record<string, CellValue>>(all.map((d) => [d, finalValues(d)]));
  const referenceIssues = new Map<Draft, RowProblem[]>();

  // Rejections spread through references until nothing changes (a skill rejected makes
  // the people who list it rejected, whose projects…); every round rejects more or stops.
  for (;;) {
    const valid = Object.fromEntries(KINDS.map((k) => [k, new Set(snapshot.ids[k].keys())])) as Record<Kind, Set<string>>;
    const rejected = Object.fromEntries(KINDS.map((k) => [k, new Set<string>()])) as Record<Kind, Set<string>>;
    for (const d of all) {
      if (!d.slug || d.existing) continue;
      const bad = d.problems.length > 0 || (referenceIssues.get(d)?.length ?? 0) > 0;
      (bad ? rejected : valid)[d.kind].add(d.slug);
    }
    let changed = false;
    for (const d of all) {
      if (d.problems.length > 0) continue;
      const found = referenceProblems(d, values.get(d) ?? {}, valid, rejected);
      if (found.length !== (referenceIssues.get(d)?.length ?? 0)) changed = true;
      referenceIssues.set(d, found);
    }
    if (!changed) break;
  }

  const entities: PlannedEntity[] = [];
  const total = zeroCounts();
  const reports: FileReport[] = drafts.map(({ file, drafts: rows }) => {
    const counts = zeroCounts();
    const reportRows = rows.map((d): RowReport => {
      const final = values.get(d) ?? {};
      const problems = [...d.problems, ...(referenceIssues.get(d) ?? [])];
      const name = typeof final.name === 'string' ? final.name : null;
      let action: RowAction;
      let changes: FieldChange[] = [];
      if (problems.length > 0 || !d.slug) {
        action = 'REJECT';
      } else {
        const changed = COLUMNS[d.kind]
          .filter((c) => c.name !== 'slug')
          .filter((c) => (d.existing ? !sameValue(d.existing.values[c.name] ?? emptyValue(c), final[c.name] ?? null) : !sameValue(emptyValue(c), final[c.name] ?? null) || c.name === 'name'))
          .map((c) => c.name);
        action = d.existing ? (changed.length > 0 ? 'UPDATE' : 'UNCHANGED') : 'CREATE';
        changes = changed.map((column) => ({
          column,
          before: d.existing ? shown(d.existing.values[column] ?? null) : '',
          after: shown(final[column] ?? null),
        }));
        if (action !== 'UNCHANGED') {
          entities.push({ kind: d.kind, id: d.existing?.id ?? randomUUID(), slug: d.slug, existing: d.existing, values: final, changed });
        }
      }
      counts[action] += 1;
      total[action] += 1;
      return { row: d.row, slug: d.slug, name, action, changes, problems };
    });
    return { fileName: file.fileName, kind: file.kind, columns: file.columns, counts, rows: reportRows };
  });
  return { report: { counts: total, files: reports }, entities };
}
