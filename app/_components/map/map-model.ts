import type { EntityKind } from '@/lib/directory/model';
import { entityPath } from '@/lib/routes';

/**
 * What the map components share and nothing else needs a browser for: the node types and
 * how each looks, the address of a node's profile, and the map's filters as they travel
 * in the URL (/mappa?tipo=persone&tipo=progetti&settore=video).
 */

export const MAP_NODE_TYPES = ['PERSON', 'ORGANIZATION', 'PROJECT', 'SKILL', 'SECTOR'] as const;
export type MapNodeType = (typeof MAP_NODE_TYPES)[number];

/** A node as the API sends it (MapNode in graphql/schema/map.graphql). */
export interface MapNodeData {
  id: string;
  type: MapNodeType;
  slug: string;
  label: string;
  labelEn?: string | null;
  sector?: string | null;
  degree: number;
}

export interface MapEdgeData {
  source: string;
  target: string;
  type: string;
}

export interface MapGraphData {
  nodes: readonly MapNodeData[];
  edges: readonly MapEdgeData[];
  truncated: boolean;
}

interface TypeStyle {
  /** Fill colour: at least 3:1 against the white page (WCAG 1.4.11), distinct in hue. */
  color: string;
  /** Radius in pixels before the degree adds to it: type is also told by size, not colour alone. */
  baseSize: number;
  kind: EntityKind;
  /** The value of `tipo` in the map's URL. */
  param: string;
}

export const TYPE_STYLE: Readonly<Record<MapNodeType, TypeStyle>> = {
  PERSON: { color: '#1f5f8b', baseSize: 3, kind: 'Person', param: 'persone' },
  ORGANIZATION: { color: '#0b6e4f', baseSize: 6, kind: 'Organization', param: 'organizzazioni' },
  PROJECT: { color: '#b34700', baseSize: 5, kind: 'Project', param: 'progetti' },
  SKILL: { color: '#5b3f8c', baseSize: 2.5, kind: 'Skill', param: 'competenze' },
  SECTOR: { color: '#7a2e4a', baseSize: 9, kind: 'Sector', param: 'settori' },
};

/** Nodes out of the highlighted neighbourhood, and edges at rest and highlighted. */
export const DIMMED_COLOR = '#dfe3dd';
export const EDGE_COLOR = '#c3c9c1';
export const EDGE_HIGHLIGHT_COLOR = '#4a4f59';

const MAX_SIZE = 22;

/** A node's radius: its type's base size, growing with the square root of its degree. */
export function nodeSize(type: MapNodeType, degree: number): number {
  return Math.min(MAX_SIZE, TYPE_STYLE[type].baseSize + 1.3 * Math.sqrt(Math.max(0, degree)));
}

/** The name to show: the English one for English readers where there is one. */
export function nodeLabel(node: Pick<MapNodeData, 'label' | 'labelEn'>, locale: string): string {
  return locale === 'en' && node.labelEn ? node.labelEn : node.label;
}

/** The profile page of a node. */
export function nodePath(node: Pick<MapNodeData, 'type' | 'slug'>): string {
  return entityPath(TYPE_STYLE[node.type].kind, node.slug);
}

export interface MapFilter {
  /** Types to show; every type when empty. */
  types: MapNodeType[];
  /** A sector slug, or null for every sector. */
  sector: string | null;
}

type SearchParams = Readonly<Record<string, string | readonly string[] | undefined>>;

function values(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/**
 * The filter of /mappa from its query string. Unknown types are ignored, and a sector
 * that is not in `sectors` too, so a stale link shows the whole map rather than nothing.
 * Selecting every type is the same as selecting none.
 */
export function parseMapFilter(params: SearchParams, sectors: readonly string[]): MapFilter {
  const wanted = new Set(values(params.tipo));
  const types = MAP_NODE_TYPES.filter((t) => wanted.has(TYPE_STYLE[t].param));
  const sector = values(params.settore).find((s) => sectors.includes(s)) ?? null;
  return { types: types.length === MAP_NODE_TYPES.length ? [] : types, sector };
}

/** The query string of a filter, in the order parseMapFilter reads it. */
export function mapFilterQuery(filter: MapFilter): string {
  const params = new URLSearchParams();
  for (const t of filter.types) params.append('tipo', TYPE_STYLE[t].param);
  if (filter.sector) params.set('settore', filter.sector);
  return params.toString();
}
