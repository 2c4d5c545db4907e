import type { CypherQuery } from '../graph/query';
import type { QueryRunner } from '../graph/store';
import type { ParamValue } from '../graph/types';
import { searchTextFor, type SkillNames } from '../search/text';
import { COLUMNS, isRelationshipColumn, KINDS, type Kind } from './formats';
import type { PlannedEntity, Snapshot } from './plan';
import * as q from './queries';
import { loadRecords } from './records';
import { referencedSlugs, type CellValue, type Pair } from './values';

/**
 * Writes a plan inside the caller's write unit of work: nodes first (kinds referenced
 * first), then relationships, then the searchText of people whose skills were renamed.
 * One statement per node and per relationship.
 */

export interface WriteCounts {
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsAdded: number;
  relationshipsChanged: number;
  relationshipsRemoved: number;
  /** People not in the files whose searchText changed because a skill of theirs was renamed. */
  searchTextRefreshed: number;
}

const CREATE: Record<Kind, CypherQuery> = {
  sectors: q.createSector,
  skills: q.createSkill,
  organizations: q.createOrganization,
  people: q.createPerson,
  projects: q.createProject,
};
const UPDATE: Record<Kind, CypherQuery> = {
  sectors: q.updateSector,
  skills: q.updateSkill,
  organizations: q.updateOrganization,
  people: q.updatePerson,
  projects: q.updateProject,
};

/** A relationship column and the statements that add, change and remove its items. */
interface Channel {
  readonly column: string;
  readonly ref: Kind;
  readonly add: CypherQuery;
  readonly remove: CypherQuery;
  /** Present for items with a value (a level or a role), which is the statement's `$level`/`$role`. */
  readonly set?: { readonly query: CypherQuery; readonly param: 'level' | 'role' };
}

const CHANNELS: Record<Kind, readonly Channel[]> = {
  sectors: [],
  skills: [
    { column: 'broader', ref: 'skills', add: q.addBroader, remove: q.removeBroader },
    { column: 'related', ref: 'skills', add: q.addRelated, remove: q.removeRelated },
  ],
  organizations: [{ column: 'sectors', ref: 'sectors', add: q.addOrganizationSector, remove: q.removeOrganizationSector }],
  // Memberships (organizations + manages) are written by writeMemberships.
  people: [
    { column: 'skills', ref: 'skills', add: q.addPersonSkill, remove: q.removePersonSkill, set: { query: q.setPersonSkill, param: 'level' } },
  ],
  projects: [
    { column: 'sectors', ref: 'sectors', add: q.addProjectSector, remove: q.removeProjectSector },
    {
      column: 'organizations',
      ref: 'organizations',
      add: q.addProjectOrganization,
      remove: q.removeProjectOrganization,
      set: { query: q.setProjectOrganization, param: 'role' },
    },
    { column: 'people', ref: 'people', add: q.addProjectPerson, remove: q.removeProjectPerson, set: { query: q.setProjectPerson, param: 'role' } },
    { column: 'needs', ref: 'skills', add: q.addProjectNeed, remove: q.removeProjectNeed, set: { query: q.setProjectNeed, param: 'level' } },
  ],
};

type Item = string | Pair;

function itemsOf(value: CellValue | undefined): Map<string, Item> {
  const list = Array.isArray(value) ? (value as readonly Item[]) : [];
  return new Map(list.map((item) => [typeof item === 'string' ? item : item.slug, item]));
}

function valueOf(item: Item | undefined): string | number | null {
  return item && typeof item === 'object' ? item.value : null;
}

const text = (v: CellValue | undefined): string | null => (typeof v === 'string' ? v : null);

/** The searchText of an entity from its final values. */
function searchTextOf(kind: Kind, values: Readonly<Record<string, CellValue>>, skillNames: ReadonlyMap<string, SkillNames>): string {
  const name = text(values.name) ?? '';
  switch (kind) {
    case 'sectors':
      return searchTextFor.sector({ name, nameEn: text(values.nameEn), description: text(values.description), descriptionEn: text(values.descriptionEn) });
    case 'skills':
      return searchTextFor.skill({
        name,
        nameEn: text(values.nameEn),
        aliases: referencedSlugs(values.aliases ?? []),
        description: text(values.description),
        descriptionEn: text(values.descriptionEn),
      });
    case 'organizations':
      return searchTextFor.organization({ name, description: text(values.description) });
    case 'people':
      return searchTextFor.person({
        name,
        headline: text(values.headline),
        bio: text(values.bio),
        skills: referencedSlugs(values.skills ?? []).flatMap((slug) => skillNames.get(slug) ?? []),
      });
    case 'projects':
      return searchTextFor.project({ name, summary: text(values.summary), description: text(values.description), openCall: text(values.openCall) });
  }
}

function nodeParams(entity: PlannedEntity, searchText: string, at: string): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = { id: entity.id, searchText, at };
  if (!entity.existing) params.slug = entity.slug;
  for (const column of COLUMNS[entity.kind]) {
    if (column.name === 'slug' || isRelationshipColumn(column)) continue;
    params[column.name] = (entity.values[column.name] ?? null) as ParamValue;
  }
  return params;
}

/** Writes every planned entity, its relationships and the derived texts. */
export async function writePlan(
  tx: QueryRunner,
  entities: readonly PlannedEntity[],
  snapshot: Snapshot,
  at: string,
): Promise<WriteCounts> {
  const counts: WriteCounts = {
    nodesCreated: 0,
    nodesUpdated: 0,
    relationshipsAdded: 0,
    relationshipsChanged: 0,
    relationshipsRemoved: 0,
    searchTextRefreshed: 0,
  };
  const ids = Object.fromEntries(KINDS.map((k) => [k, new Map(snapshot.ids[k])])) as Record<Kind, Map<string, string>>;
  const skillNames = new Map(snapshot.skillNames);
  for (const e of entities) {
    ids[e.kind].set(e.slug, e.id);
    if (e.kind === 'skills') {
      skillNames.set(e.slug, { name: text(e.values.name) ?? e.slug, nameEn: text(e.values.nameEn), aliases: referencedSlugs(e.values.aliases ?? []) });
    }
  }
  const idOf = (kind: Kind, slug: string): string => {
    const id = ids[kind].get(slug);
    if (!id) throw new Error(`Planned import refers to unknown ${kind} ${slug}`);
    return id;
  };

  for (const e of entities) {
    await tx.run(e.existing ? UPDATE[e.kind] : CREATE[e.kind], nodeParams(e, searchTextOf(e.kind, e.values, skillNames), at));
    if (e.existing) counts.nodesUpdated += 1;
    else counts.nodesCreated += 1;
  }

  for (const e of entities) {
    for (const channel of CHANNELS[e.kind]) {
      const before = itemsOf(e.existing?.values[channel.column]);
      const after = itemsOf(e.values[channel.column]);
      for (const [slug] of before) {
        if (after.has(slug)) continue;
        await tx.run(channel.remove, { owner: e.id, target: idOf(channel.ref, slug) });
        counts.relationshipsRemoved += 1;
      }
      for (const [slug, item] of after) {
        const target = idOf(channel.ref, slug);
        const extra: Record<string, ParamValue> = channel.set ? { [channel.set.param]: valueOf(item) } : {};
        if (!before.has(slug)) {
          await tx.run(channel.add, { owner: e.id, target, ...extra });
          counts.relationshipsAdded += 1;
        } else if (channel.set && valueOf(before.get(slug)) !== valueOf(item)) {
          await tx.run(channel.set.query, { owner: e.id, target, ...extra });
          counts.relationshipsChanged += 1;
        }
      }
    }
    if (e.kind === 'people') await writeMemberships(tx, e, idOf, counts);
  }

  counts.searchTextRefreshed = await refreshSkillHolders(tx, entities, skillNames);
  return counts;
}

/** Memberships come from two columns: `organizations` (slug:role) and `manages` (the manager flag). */
async function writeMemberships(
  tx: QueryRunner,
  e: PlannedEntity,
  idOf: (kind: Kind, slug: string) => string,
  counts: WriteCounts,
): Promise<void> {
  const before = itemsOf(e.existing?.values.organizations);
  const after = itemsOf(e.values.organizations);
  const managedBefore = new Set(referencedSlugs(e.existing?.values.manages ?? []));
  const managedAfter = new Set(referencedSlugs(e.values.manages ?? []));
  for (const [slug] of before) {
    if (after.has(slug)) continue;
    await tx.run(q.removeMembership, { owner: e.id, target: idOf('organizations', slug) });
    counts.relationshipsRemoved += 1;
  }
  for (const [slug, item] of after) {
    const params = { owner: e.id, target: idOf('organizations', slug), role: valueOf(item), isManager: managedAfter.has(slug) };
    if (!before.has(slug)) {
      await tx.run(q.addMembership, params);
      counts.relationshipsAdded += 1;
    } else if (valueOf(before.get(slug)) !== valueOf(item) || managedBefore.has(slug) !== managedAfter.has(slug)) {
      await tx.run(q.setMembership, params);
      counts.relationshipsChanged += 1;
    }
  }
}

const SKILL_NAME_COLUMNS = ['name', 'nameEn', 'aliases'];

/** People outside the import whose skills were renamed get their searchText recomputed. */
async function refreshSkillHolders(
  tx: QueryRunner,
  entities: readonly PlannedEntity[],
  skillNames: ReadonlyMap<string, SkillNames>,
): Promise<number> {
  const renamed = entities.filter((e) => e.kind === 'skills' && e.existing && e.changed.some((c) => SKILL_NAME_COLUMNS.includes(c)));
  if (renamed.length === 0) return 0;
  const written = new Set(entities.filter((e) => e.kind === 'people').map((e) => e.id));
  const holders = (await tx.run(q.holdersOfSkills, { ids: renamed.map((e) => e.id) })).map((r) => r.id).filter((id) => !written.has(id));
  const people = await loadRecords(tx, 'people', holders);
  for (const person of people) {
    await tx.run(q.updatePersonSearchText, { id: person.id, searchText: searchTextOf('people', person.values, skillNames) });
  }
  return people.length;
}
