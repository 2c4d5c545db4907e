import { randomUUID } from 'node:crypto';
import { authorize, requireViewer } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { conflict } from '../errors';
import { asNode } from '../graph/fields';
import type { GraphStore, QueryRunner } from '../graph/store';
import type { ParamValue } from '../graph/types';
import { searchTextFor, type SkillNames } from '../search/text';
import { changedFields, recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { createNode, peopleWithEmail, slugsFrom, updateNode } from './entity-queries';
import { AREA_OF, LABEL_OF, type CurationKind } from './kinds';
import { managerIds, requireNode } from './lookup';
import { refreshPeopleSearchText, skillHolderIds, skillNamesOf } from './person-search-text';
import { auditValues, toCurated, type CuratedRecord } from './records';
import * as v from './schemas';
import { firstFreeSlug, MAX_SLUG_LENGTH, slugBase } from './slug';

/**
 * Creating and editing the six kinds of record. Each call is one write unit: the input is
 * validated and the permission checked before anything is written; inside the unit the
 * record's version is compared (a stale one is a CONFLICT carrying the current values),
 * the slug and (for people) the email are checked for duplicates, the node is written with
 * a fresh searchText, and exactly one audit entry is recorded.
 */

/** What one kind's validated values give the write: its name, slug wish and parameters. */
interface Parsed {
  name: string;
  slug: string | null;
  /** People only: checked for duplicates among people. */
  email: string | null;
  /** Query parameters besides id, slug, state, searchText and at. */
  params: Record<string, ParamValue>;
  searchText(skills: readonly SkillNames[]): string;
}

const PARSERS: Record<CurationKind, (input: unknown) => Parsed> = {
  PERSON(input) {
    const { slug, ...p } = parseInput(v.personValues, input);
    return { name: p.name, slug, email: p.email, params: p, searchText: (skills) => searchTextFor.person({ ...p, skills }) };
  },
  ORGANIZATION(input) {
    const { slug, ...o } = parseInput(v.organizationValues, input);
    return { name: o.name, slug, email: null, params: o, searchText: () => searchTextFor.organization(o) };
  },
  PROJECT(input) {
    const { slug, ...p } = parseInput(v.projectValues, input);
    return { name: p.name, slug, email: null, params: p, searchText: () => searchTextFor.project(p) };
  },
  SKILL(input) {
    const { slug, ...s } = parseInput(v.skillValues, input);
    return { name: s.name, slug, email: null, params: s, searchText: () => searchTextFor.skill(s) };
  },
  SECTOR(input) {
    const { slug, ...s } = parseInput(v.sectorValues, input);
    return { name: s.name, slug, email: null, params: s, searchText: () => searchTextFor.sector(s) };
  },
  EVENT(input) {
    const { slug, ...e } = parseInput(v.eventValues, input);
    return { name: e.name, slug, email: null, params: e, searchText: () => searchTextFor.event(e) };
  },
};

/**
 * The slug to store: an explicit one must be free (CONFLICT naming `slug`); without one
 * an existing record keeps its address and a new one gets the first free slug from its name.
 */
async function resolveSlug(
  tx: QueryRunner,
  kind: CurationKind,
  wanted: string | null,
  name: string,
  self: { id: string; slug: string } | null,
): Promise<string> {
  const label = LABEL_OF[kind];
  if (wanted) {
    if (wanted === self?.slug) return wanted;
    const rows = await tx.run(slugsFrom[label], { prefix: wanted });
    if (rows.some((r) => r.slug === wanted && r.id !== self?.id)) {
      throw conflict(`The address "${wanted}" is already used by another record.`, { field: 'slug' });
    }
    return wanted;
  }
  if (self) return self.slug;
  const base = slugBase(name, AREA_OF[kind]);
  const rows = await tx.run(slugsFrom[label], { prefix: base.slice(0, MAX_SLUG_LENGTH - 6) });
  return firstFreeSlug(
    base,
    rows.map((r) => r.slug),
  );
}

/** People's emails are unique among people (CONFLICT naming `email`). */
async function checkEmail(tx: QueryRunner, email: string | null, selfId: string | null): Promise<void> {
  if (!email) return;
  const rows = await tx.run(peopleWithEmail, { email });
  if (rows.some((r) => r.id !== selfId)) throw conflict('Another person already has this email.', { field: 'email' });
}

/** Creates a record of `kind` (staff), ACTIVE at once. */
export async function createEntity(store: GraphStore, viewer: Viewer | null, kind: CurationKind, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'entity.create');
  const parsed = PARSERS[kind](input);
  const at = new Date().toISOString();
  return store.write(async (tx) => {
    const slug = await resolveSlug(tx, kind, parsed.slug, parsed.name, null);
    if (kind === 'PERSON') await checkEmail(tx, parsed.email, null);
    const id = randomUUID();
    const [row] = await tx.run(createNode[LABEL_OF[kind]], {
      ...parsed.params,
      id,
      slug,
      state: 'ACTIVE',
      searchText: parsed.searchText([]),
      at,
    });
    const record = toCurated(asNode(row?.n));
    await recordAudit(tx, {
      actorId: viewer.accountId,
      action: `${AREA_OF[kind]}.create`,
      entityLabel: LABEL_OF[kind],
      entityId: id,
      before: null,
      after: auditValues(record),
    });
    return record;
  });
}

/**
 * Replaces every editable field of a record. Staff may edit anything; an organization's
 * managers may edit their organization. `version` must be the one the form was opened at.
 */
export async function updateEntity(
  store: GraphStore,
  viewer: Viewer | null,
  kind: CurationKind,
  input: { id: string; version: number; values: unknown },
): Promise<CuratedRecord> {
  const signedIn = requireViewer(viewer);
  if (kind !== 'ORGANIZATION') authorize(signedIn, 'entity.edit');
  const parsed = PARSERS[kind](input.values);
  const at = new Date().toISOString();
  return store.write(async (tx) => {
    const node = await requireNode(tx, kind, input.id);
    if (kind === 'ORGANIZATION') authorize(signedIn, 'organization.edit', { managerPersonIds: await managerIds(tx, input.id) });
    const before = toCurated(node);
    if (before.version !== input.version) {
      throw conflict('This record was changed by someone else since you opened it.', { currentVersion: before.version, current: before });
    }
    const slug = await resolveSlug(tx, kind, parsed.slug, parsed.name, { id: before.id, slug: before.slug });
    if (kind === 'PERSON') await checkEmail(tx, parsed.email, before.id);
    const skills = kind === 'PERSON' ? await skillNamesOf(tx, before.id) : [];
    const [row] = await tx.run(updateNode[LABEL_OF[kind]], {
      ...parsed.params,
      id: before.id,
      slug,
      searchText: parsed.searchText(skills),
      at,
    });
    const after = toCurated(asNode(row?.n));
    const changes = changedFields(auditValues(before), auditValues(after));
    if (kind === 'SKILL' && changes && ['name', 'nameEn', 'aliases'].some((key) => key in changes.after)) {
      // People's searchText carries their skills' names and aliases.
      await refreshPeopleSearchText(tx, await skillHolderIds(tx, before.id));
    }
    await recordAudit(tx, {
      actorId: signedIn.accountId,
      action: `${AREA_OF[kind]}.update`,
      entityLabel: LABEL_OF[kind],
      entityId: before.id,
      before: changes?.before ?? {},
      after: changes?.after ?? {},
    });
    return after;
  });
}
