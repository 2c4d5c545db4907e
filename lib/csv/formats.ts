import { NODE, type NodeLabel } from '../graph/schema';

/**
 * The CSV formats of bulk import and export, as data: one file per kind of entity, one
 * row per entity, one column per field or relationship. Export writes exactly these
 * columns and import reads them, so an exported file imports back unchanged.
 *
 * Conventions (also shown on /staff/importa and in the README):
 * - Rows are matched to existing entities by `slug` (people also by `email`); without
 *   either, by the slug of the name. A match is updated, anything else is created.
 * - A column left out of the header is left alone; a column present is the truth, so
 *   an empty cell clears that field (or that list of relationships). Exceptions: an empty
 *   enum or yes/no cell keeps the current value (or takes the default on creation).
 * - Lists are `a;b;c`; relationship items are `slug:value` (a level 1..5 or a role); a
 *   `;` or `\` inside an item is written `\;` or `\\`.
 */
export type Kind = 'sectors' | 'skills' | 'organizations' | 'people' | 'projects';

/** The order files are planned and written in, so every reference points backwards. */
export const KINDS: readonly Kind[] = ['sectors', 'skills', 'organizations', 'people', 'projects'];

export const KIND_LABEL: Record<Kind, NodeLabel> = {
  sectors: NODE.Sector,
  skills: NODE.Skill,
  organizations: NODE.Organization,
  people: NODE.Person,
  projects: NODE.Project,
};

export const NAME_MAX = 200;
export const TEXT_MAX = 5000;
export const SHORT_MAX = 200;
/** As the profile and curation forms allow. */
export const ALIAS_MAX = 100;
export const MODERATION_STATES = ['ACTIVE', 'PENDING', 'ARCHIVED', 'REJECTED'] as const;

/** How a column's cells are read and written. */
export type ColumnSpec =
  | { type: 'slug' }
  | { type: 'name' }
  | { type: 'text'; max: number }
  | { type: 'email' }
  | { type: 'url' }
  /** A closed set; an empty cell keeps the current value, or takes `fallback` on creation. */
  | { type: 'enum'; values: readonly string[]; fallback: string }
  | { type: 'int'; min: number; max: number }
  | { type: 'float'; min: number; max: number }
  /** true/false (also sì/si/yes/no/1/0); empty keeps the current value or takes `fallback`. */
  | { type: 'bool'; fallback: boolean }
  | { type: 'date' }
  /** Free texts, `a;b` (aliases), kept in their order. */
  | { type: 'textList'; max: number }
  /** Slugs of other entities, `a;b`. */
  | { type: 'slugList'; ref: Kind }
  /** Slugs with a value, `slug:4;slug:3` (levels) or `slug:role;slug` (roles, optional). */
  | { type: 'pairs'; ref: Kind; value: 'level' | 'role' };

export interface Column {
  readonly name: string;
  readonly spec: ColumnSpec;
  /** An example cell for the format reference. */
  readonly example: string;
}

const slug: Column = { name: 'slug', spec: { type: 'slug' }, example: 'maria-rossi' };
const state: Column = {
  name: 'state',
  spec: { type: 'enum', values: MODERATION_STATES, fallback: 'ACTIVE' },
  example: 'ACTIVE',
};
const long = (name: string, example: string): Column => ({ name, spec: { type: 'text', max: TEXT_MAX }, example });
const short = (name: string, example: string): Column => ({ name, spec: { type: 'text', max: SHORT_MAX }, example });

export const COLUMNS: Record<Kind, readonly Column[]> = {
  sectors: [
    { ...slug, example: 'economia-verde' },
    { name: 'name', spec: { type: 'name' }, example: 'Economia verde' },
    short('nameEn', 'Green economy'),
    long('description', 'Energia, rifiuti, agricoltura urbana.'),
    long('descriptionEn', 'Energy, waste, urban farming.'),
    state,
  ],
  skills: [
    { ...slug, example: 'montaggio-video' },
    { name: 'name', spec: { type: 'name' }, example: 'Montaggio video' },
    short('nameEn', 'Video editing'),
    { name: 'aliases', spec: { type: 'textList', max: ALIAS_MAX }, example: 'editing;post-produzione' },
    long('description', 'Tagliare e comporre il girato.'),
    long('descriptionEn', 'Cutting and assembling footage.'),
    { name: 'broader', spec: { type: 'slugList', ref: 'skills' }, example: 'video' },
    { name: 'related', spec: { type: 'slugList', ref: 'skills' }, example: 'color-grading;motion-graphics' },
    state,
  ],
  organizations: [
    { ...slug, example: 'ponti-solidali' },
    { name: 'name', spec: { type: 'name' }, example: 'Associazione Ponti Solidali' },
    {
      name: 'kind',
      spec: {
        type: 'enum',
        values: ['STARTUP', 'COMPANY', 'ASSOCIATION', 'COOPERATIVE', 'INSTITUTION', 'COLLECTIVE', 'HUB'],
        fallback: 'COMPANY',
      },
      example: 'ASSOCIATION',
    },
    long('description', 'Sportello di quartiere e mediazione culturale.'),
    { name: 'website', spec: { type: 'url' }, example: 'https://ponti.example' },
    { name: 'email', spec: { type: 'email' }, example: 'info@ponti.example' },
    short('location', 'Garbatella, Roma'),
    { name: 'foundedYear', spec: { type: 'int', min: 1800, max: 2100 }, example: '2014' },
    { name: 'latitude', spec: { type: 'float', min: -90, max: 90 }, example: '41.8617' },
    { name: 'longitude', spec: { type: 'float', min: -180, max: 180 }, example: '12.4869' },
    { name: 'sectors', spec: { type: 'slugList', ref: 'sectors' }, example: 'terzo-settore;economia-verde' },
    state,
  ],
  people: [
    slug,
    { name: 'name', spec: { type: 'name' }, example: 'Maria Rossi' },
    { name: 'email', spec: { type: 'email' }, example: 'maria@rossi.example' },
    short('headline', 'Videomaker e montatrice'),
    long('bio', 'Racconto il quartiere con documentari brevi.'),
    short('phone', '+39 06 555 0101'),
    { name: 'website', spec: { type: 'url' }, example: 'https://maria.example' },
    short('location', 'Garbatella, Roma'),
    {
      name: 'availability',
      spec: { type: 'enum', values: ['OPEN', 'LIMITED', 'UNAVAILABLE'], fallback: 'OPEN' },
      example: 'OPEN',
    },
    {
      name: 'contactVisibility',
      spec: { type: 'enum', values: ['PUBLIC', 'MEMBERS', 'STAFF'], fallback: 'MEMBERS' },
      example: 'MEMBERS',
    },
    { name: 'skills', spec: { type: 'pairs', ref: 'skills', value: 'level' }, example: 'montaggio-video:4;fotografia:3' },
    {
      name: 'organizations',
      spec: { type: 'pairs', ref: 'organizations', value: 'role' },
      example: 'ponti-solidali:Volontaria;officina-video',
    },
    { name: 'manages', spec: { type: 'slugList', ref: 'organizations' }, example: 'ponti-solidali' },
    state,
  ],
  projects: [
    { ...slug, example: 'orti-in-rete' },
    { name: 'name', spec: { type: 'name' }, example: 'Orti in rete' },
    long('summary', 'Una mappa degli orti condivisi.'),
    long('description', 'Censiamo gli orti del quartiere e li mettiamo in rete.'),
    {
      name: 'status',
      spec: { type: 'enum', values: ['IDEA', 'ACTIVE', 'COMPLETED', 'PAUSED'], fallback: 'IDEA' },
      example: 'ACTIVE',
    },
    { name: 'startDate', spec: { type: 'date' }, example: '2026-03-01' },
    { name: 'endDate', spec: { type: 'date' }, example: '2026-12-31' },
    { name: 'website', spec: { type: 'url' }, example: 'https://orti.example' },
    long('openCall', 'Cerchiamo chi sappia disegnare mappe.'),
    { name: 'callOpen', spec: { type: 'bool', fallback: false }, example: 'true' },
    { name: 'sectors', spec: { type: 'slugList', ref: 'sectors' }, example: 'economia-verde' },
    {
      name: 'organizations',
      spec: { type: 'pairs', ref: 'organizations', value: 'role' },
      example: 'ponti-solidali:Capofila',
    },
    { name: 'people', spec: { type: 'pairs', ref: 'people', value: 'role' }, example: 'maria-rossi:Coordinatrice' },
    { name: 'needs', spec: { type: 'pairs', ref: 'skills', value: 'level' }, example: 'cartografia:3;grafica:2' },
    state,
  ],
};

/** The column of `kind` called `name`, if any. */
export function columnOf(kind: Kind, name: string): Column | undefined {
  return COLUMNS[kind].find((c) => c.name === name);
}

/** Whether a column holds relationships (written as edges) rather than a node property. */
export function isRelationshipColumn(column: Column): boolean {
  return column.spec.type === 'slugList' || column.spec.type === 'pairs';
}

/** The file name a kind is exported and templated as. */
export function fileNameOf(kind: Kind): string {
  return `${kind}.csv`;
}

const FILE_ALIASES: Record<Kind, readonly string[]> = {
  sectors: ['sectors', 'settori'],
  skills: ['skills', 'competenze'],
  organizations: ['organizations', 'organisations', 'organizzazioni'],
  people: ['people', 'persone'],
  projects: ['projects', 'progetti'],
};

/**
 * The kind a file is for, from its name (`people.csv`, `rizoma-people-2026.csv`,
 * `persone.csv`); null when the name names no kind.
 */
export function kindOfFileName(fileName: string): Kind | null {
  const base = fileName.toLowerCase().replace(/\.csv$/, '');
  const words = base.split(/[^a-z]+/).filter(Boolean);
  const found = KINDS.filter((kind) => FILE_ALIASES[kind].some((alias) => words.includes(alias)));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The kind whose columns best explain a header (every column known, the most shared), or null. */
export function kindOfHeader(header: readonly string[]): Kind | null {
  const names = header.map((h) => h.trim());
  const fits = KINDS.filter((kind) => names.every((name) => columnOf(kind, name)));
  if (fits.length === 1) return fits[0] ?? null;
  return null;
}
