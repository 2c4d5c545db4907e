import { authorize, requireViewer } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { invalidInput } from '../errors';
import { InvalidCursorError, toConnection, toPage, type Connection } from '../directory/connection';
import { asNode, toDateString } from '../graph/fields';
import type { GraphStore } from '../graph/store';
import { foldText } from '../text/fold';
import { listPage, stateCounts } from './entity-queries';
import { ENTITY_STATES, isEntityState, LABEL_OF, type CurationKind, type EntityState } from './kinds';
import { findNode, managerIds } from './lookup';
import type { LinkRow } from './relationship-queries';
import { links } from './relationship-queries';
import { toCurated, type CuratedRecord } from './records';

/**
 * What the staff forms read: lists of any kind in any state (with counts per state) and
 * one record with its relationships. Public reads (lib/directory) stay ACTIVE-only.
 */

export const MAX_QUERY = 200;

export interface CurationList extends Connection<CuratedRecord> {
  stateCounts: { state: EntityState; count: number }[];
}

/** Records of one kind in the given states (all when none), by name, optionally filtered by text. */
export async function curationList(
  store: GraphStore,
  viewer: Viewer | null,
  args: { kind: CurationKind; state?: readonly string[] | null; query?: string | null; first?: number | null; after?: string | null },
): Promise<CurationList> {
  authorize(viewer, 'entity.edit');
  let page;
  try {
    page = toPage({ first: args.first, after: args.after });
  } catch (error) {
    if (error instanceof InvalidCursorError) throw invalidInput(error.field, error.message);
    throw error;
  }
  if ((args.query ?? '').length > MAX_QUERY) throw invalidInput('query', `At most ${MAX_QUERY} characters`);
  const q = foldText(args.query ?? '');
  const states = args.state && args.state.length > 0 ? args.state.filter(isEntityState) : [...ENTITY_STATES];
  const label = LABEL_OF[args.kind];
  return store.read(async (tx) => {
    const counted = await tx.run(stateCounts[label], { q });
    const perState = ENTITY_STATES.map((state) => ({
      state,
      count: counted.filter((r) => (r.state ?? 'ACTIVE') === state).reduce((sum, r) => sum + r.n, 0),
    }));
    const total = perState.filter((s) => states.includes(s.state)).reduce((sum, s) => sum + s.count, 0);
    const rows = page.limit === 0 ? [] : await tx.run(listPage[label], { states, q, skip: page.offset, limit: page.limit });
    return { ...toConnection(rows.map((r) => toCurated(asNode(r.n))), page, total), stateCounts: perState };
  });
}

/**
 * One record in any state, for its edit form: staff see every record; an organization's
 * managers see their organization (everyone else gets FORBIDDEN, visitors UNAUTHENTICATED).
 */
export async function curationEntity(store: GraphStore, viewer: Viewer | null, kind: CurationKind, id: string): Promise<CuratedRecord | null> {
  const signedIn = requireViewer(viewer);
  if (kind !== 'ORGANIZATION') authorize(signedIn, 'entity.edit');
  return store.read(async (tx) => {
    const node = await findNode(tx, kind, id);
    if (kind === 'ORGANIZATION') authorize(signedIn, 'organization.edit', { managerPersonIds: node ? await managerIds(tx, id) : [] });
    return node ? toCurated(node) : null;
  });
}

/** A linked record as the forms show it. */
export interface CuratedLink {
  target: { entityKind: CurationKind; id: string; slug: string; name: string; state: string };
  role: string | null;
  since: string | null;
  until: string | null;
  isManager: boolean | null;
  level: number | null;
  note: string | null;
}

export type LinkName = keyof typeof links;

/** The kind of record at the other end of each link list. */
const TARGET_KIND: Record<LinkName, CurationKind> = {
  personMemberships: 'ORGANIZATION',
  personContributions: 'PROJECT',
  organizationMembers: 'PERSON',
  organizationProjects: 'PROJECT',
  organizationSectors: 'SECTOR',
  organizationPartners: 'ORGANIZATION',
  projectPeople: 'PERSON',
  projectOrganizations: 'ORGANIZATION',
  projectNeeds: 'SKILL',
  projectSectors: 'SECTOR',
  skillBroader: 'SKILL',
  skillNarrower: 'SKILL',
  skillRelated: 'SKILL',
  eventOrganizations: 'ORGANIZATION',
  eventPeople: 'PERSON',
  eventTeachers: 'PERSON',
  eventSkills: 'SKILL',
};

function toLink(kind: CurationKind, row: LinkRow): CuratedLink {
  const day = (v: LinkRow['since']) => (v === undefined || v === null ? null : toDateString(v));
  return {
    target: { entityKind: kind, id: row.id, slug: row.slug, name: row.name, state: row.state ?? 'ACTIVE' },
    role: row.role ?? null,
    since: day(row.since),
    until: day(row.until),
    isManager: row.isManager ?? null,
    level: row.level ?? null,
    note: row.note ?? null,
  };
}

/** One list of a record's links (every state at the other end: staff must see what they edit). */
export async function curatedLinks(store: GraphStore, name: LinkName, id: string): Promise<CuratedLink[]> {
  const rows = await store.query(links[name], { id });
  return rows
    .map((row) => toLink(TARGET_KIND[name], row))
    .sort((a, b) => a.target.name.localeCompare(b.target.name, 'it'));
}
