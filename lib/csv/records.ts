import { asNode } from '../graph/fields';
import type { CypherQuery } from '../graph/query';
import type { QueryRunner } from '../graph/store';
import type { GraphNode, Value } from '../graph/types';
import { COLUMNS, isRelationshipColumn, type Column, type Kind } from './formats';
import * as q from './queries';
import type { CellValue, Pair } from './values';

/**
 * Entities as CSV rows see them: every column's typed value, read from the store. Export
 * writes these; import compares its rows with them.
 */
export interface EntityRecord {
  readonly id: string;
  readonly slug: string;
  readonly values: Readonly<Record<string, CellValue>>;
}

const NODES: Record<Kind, CypherQuery<{ n: Value }>> = {
  sectors: q.sectorNodes,
  skills: q.skillNodes,
  organizations: q.organizationNodes,
  people: q.personNodes,
  projects: q.projectNodes,
};

/** Which relationship query fills which column, and how a row becomes the column's item. */
interface LinkSource {
  readonly query: CypherQuery<q.LinkRow>;
  readonly column: string;
  readonly item: (row: q.LinkRow) => string | Pair | null;
}

const blankToNull = (text: string | null): string | null => (text && text.trim() ? text.trim() : null);

const LINKS: Record<Kind, readonly LinkSource[]> = {
  sectors: [],
  skills: [
    { query: q.skillBroaderLinks, column: 'broader', item: (r) => r.slug },
    { query: q.skillRelatedLinks, column: 'related', item: (r) => r.slug },
  ],
  organizations: [{ query: q.organizationSectorLinks, column: 'sectors', item: (r) => r.slug }],
  people: [
    { query: q.personSkillLinks, column: 'skills', item: (r) => ({ slug: r.slug, value: r.level }) },
    { query: q.personMembershipLinks, column: 'organizations', item: (r) => ({ slug: r.slug, value: blankToNull(r.role) }) },
    { query: q.personMembershipLinks, column: 'manages', item: (r) => (r.isManager ? r.slug : null) },
  ],
  projects: [
    { query: q.projectSectorLinks, column: 'sectors', item: (r) => r.slug },
    { query: q.projectOrganizationLinks, column: 'organizations', item: (r) => ({ slug: r.slug, value: blankToNull(r.role) }) },
    { query: q.projectPersonLinks, column: 'people', item: (r) => ({ slug: r.slug, value: blankToNull(r.role) }) },
    { query: q.projectNeedLinks, column: 'needs', item: (r) => ({ slug: r.slug, value: r.level }) },
  ],
};

/** A relationship column's items in canonical order (by slug), as parseCell orders them. */
function bySlug(items: readonly (string | Pair)[]): CellValue {
  const key = (x: string | Pair) => (typeof x === 'string' ? x : x.slug);
  const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const slugs = sorted.filter((x): x is string => typeof x === 'string');
  return slugs.length === sorted.length ? slugs : sorted.filter((x): x is Pair => typeof x !== 'string');
}

/** A node property as the typed value of its column (texts trimmed, blank as null, a missing list as []). */
function propertyValue(node: GraphNode, column: Column): CellValue {
  const value = node.properties[column.name];
  if (value === null || value === undefined) return column.spec.type === 'textList' ? [] : null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.filter((x): x is string => typeof x === 'string');
  return null;
}

/**
 * Reads entities of a kind with every column filled: all of them (export) or those with
 * the given ids (import). One query for the nodes and one per relationship column.
 */
export async function loadRecords(tx: QueryRunner, kind: Kind, ids: readonly string[] | 'all'): Promise<EntityRecord[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  // Kùzu cannot type an empty list parameter, so `$ids` always holds at least one string.
  const params = ids === 'all' ? { everything: true, ids: [''] } : { everything: false, ids: [...ids] };
  const nodes = (await tx.run(NODES[kind], params)).map((row) => asNode(row.n));
  const links = new Map<string, Map<string, (string | Pair)[]>>();
  const ran = new Map<CypherQuery<q.LinkRow>, q.LinkRow[]>();
  for (const source of LINKS[kind]) {
    let rows = ran.get(source.query);
    if (!rows) {
      rows = await tx.run(source.query, params);
      ran.set(source.query, rows);
    }
    const byOwner = new Map<string, (string | Pair)[]>();
    for (const row of rows) {
      const item = source.item(row);
      if (item === null) continue;
      const list = byOwner.get(row.owner) ?? [];
      list.push(item);
      byOwner.set(row.owner, list);
    }
    links.set(source.column, byOwner);
  }
  return nodes.map((node) => {
    const id = String(node.properties.id);
    const values: Record<string, CellValue> = {};
    for (const column of COLUMNS[kind]) {
      if (column.name === 'slug') continue;
      values[column.name] = isRelationshipColumn(column)
        ? bySlug(links.get(column.name)?.get(id) ?? [])
        : propertyValue(node, column);
    }
    return { id, slug: String(node.properties.slug), values };
  });
}
