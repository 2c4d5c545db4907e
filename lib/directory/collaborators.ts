import type { GraphStore } from '../graph/store';
import { sharedOrganizationsOfPeople, sharedProjectsOfPeople } from './collaborator-queries';

/**
 * Collaborators: people who share at least one public project (CONTRIBUTES_TO) or
 * organization (MEMBER_OF) with a person, with what they share. The store answers ids;
 * grouping and ranking happen here, names are asked of the caller (a DataLoader).
 */

/** One collaborator of a person and what the two share. */
export interface Collaboration {
  personId: string;
  projectIds: string[];
  organizationIds: string[];
}

export const COLLABORATORS_DEFAULT = 12;
export const COLLABORATORS_MAX = 50;

/** The number of collaborators to show: `first` clamped to 1..50, 12 when absent. */
export function clampCollaboratorCount(first: number | null | undefined): number {
  if (first === null || first === undefined || !Number.isFinite(first)) return COLLABORATORS_DEFAULT;
  return Math.min(COLLABORATORS_MAX, Math.max(1, Math.trunc(first)));
}

/** How many things a collaboration rests on. */
export function sharedCount(c: Collaboration): number {
  return c.projectIds.length + c.organizationIds.length;
}

const collator = new Intl.Collator('it', { sensitivity: 'base' });

/** Orders names as people read them: Italian collation, case and accents ignored. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * The collaborations of each owner, unranked, in the order of `owners` (an owner with
 * none gets an empty list). Two statements in one read snapshot, whatever the batch size.
 */
export async function findCollaborations(store: GraphStore, owners: readonly string[]): Promise<Collaboration[][]> {
  if (owners.length === 0) return [];
  const ids = [...owners];
  const { projects, organizations } = await store.read(async (tx) => ({
    // Sequential on purpose: a unit of work holds one connection.
    projects: await tx.run(sharedProjectsOfPeople, { ids }),
    organizations: await tx.run(sharedOrganizationsOfPeople, { ids }),
  }));

  const byOwner = new Map<string, Map<string, Collaboration>>();
  const entry = (owner: string, personId: string): Collaboration => {
    let mine = byOwner.get(owner);
    if (!mine) byOwner.set(owner, (mine = new Map()));
    let c = mine.get(personId);
    if (!c) mine.set(personId, (c = { personId, projectIds: [], organizationIds: [] }));
    return c;
  };
  for (const row of projects) entry(row.owner, row.id).projectIds.push(row.projectId);
  for (const row of organizations) entry(row.owner, row.id).organizationIds.push(row.organizationId);
  return owners.map((owner) => [...(byOwner.get(owner)?.values() ?? [])]);
}

/**
 * The `first` strongest collaborations: most shared projects and organizations first,
 * then by name (then id, so the order is stable). Names are asked only for the
 * candidates that can make the cut, i.e. those sharing at least as much as the last one
 * in; a candidate `namesOf` does not know (no longer public) is left out.
 */
export async function rankCollaborations(
  collaborations: readonly Collaboration[],
  first: number,
  namesOf: (personIds: string[]) => Promise<ReadonlyMap<string, string>>,
): Promise<Collaboration[]> {
  const limit = clampCollaboratorCount(first);
  const byCount = [...collaborations].sort((a, b) => sharedCount(b) - sharedCount(a));
  const cut = byCount[limit - 1];
  const candidates = cut ? byCount.filter((c) => sharedCount(c) >= sharedCount(cut)) : byCount;
  const names = await namesOf(candidates.map((c) => c.personId));
  const nameOf = (c: Collaboration) => names.get(c.personId) ?? '';
  return candidates
    .filter((c) => names.has(c.personId))
    .sort(
      (a, b) =>
        sharedCount(b) - sharedCount(a) ||
        compareNames(nameOf(a), nameOf(b)) ||
        (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
    )
    .slice(0, limit);
}
