import type { CypherQuery } from '../graph/query';
import { graphSchema, NODE, REL, type NodeLabel, type RelType } from '../graph/schema';
import * as oq from './organization-queries';
import * as pq from './person-queries';
import * as sq from './skill-queries';

/** The kinds of node staff can merge. */
export type MergeLabel = typeof NODE.Skill | typeof NODE.Person | typeof NODE.Organization;
export type Direction = 'out' | 'in';

/** One (relationship type, direction, other label) a node of a label takes part in. */
export interface Touch {
  readonly type: RelType;
  readonly direction: Direction;
  readonly other: NodeLabel;
}

/** How a merge carries one kind of relationship over to the kept node. */
export interface Transfer extends Touch {
  /** Update the kept node's copy of a relationship both nodes have (types with properties only). */
  readonly strengthen?: readonly CypherQuery[];
  /** Recreates on the kept node the merged node's relationships it lacks; returns how many. */
  readonly move: CypherQuery<{ n: number }>;
}

/** Partnership-like types stored once per pair: a link either way is the same link. */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set<string>([REL.RELATED_TO, REL.COLLABORATES_WITH]);

/** Every (type, direction, other label) of `label`, derived from the graph schema. */
export function touchesOf(label: NodeLabel): Touch[] {
  const found: Touch[] = [];
  for (const rel of graphSchema.relationships) {
    for (const [from, to] of rel.endpoints) {
      if (from === label) found.push({ type: rel.type as RelType, direction: 'out', other: to as NodeLabel });
      if (to === label) found.push({ type: rel.type as RelType, direction: 'in', other: from as NodeLabel });
    }
  }
  return found;
}

const TRANSFERS: Record<MergeLabel, readonly Transfer[]> = {
  Skill: [
    { type: REL.HAS_SKILL, direction: 'in', other: NODE.Person, strengthen: [sq.skillHasSkillInStrengthen], move: sq.skillHasSkillInMove },
    { type: REL.NEEDS, direction: 'in', other: NODE.Project, strengthen: [sq.skillNeedsInStrengthen], move: sq.skillNeedsInMove },
    { type: REL.BROADER, direction: 'out', other: NODE.Skill, move: sq.skillBroaderOutMove },
    { type: REL.BROADER, direction: 'in', other: NODE.Skill, move: sq.skillBroaderInMove },
    { type: REL.RELATED_TO, direction: 'out', other: NODE.Skill, move: sq.skillRelatedOutMove },
    { type: REL.RELATED_TO, direction: 'in', other: NODE.Skill, move: sq.skillRelatedInMove },
    { type: REL.TEACHES_SKILL, direction: 'in', other: NODE.Event, move: sq.skillTeachesSkillInMove },
  ],
  Person: [
    { type: REL.HAS_SKILL, direction: 'out', other: NODE.Skill, strengthen: [pq.personHasSkillOutStrengthen], move: pq.personHasSkillOutMove },
    { type: REL.MEMBER_OF, direction: 'out', other: NODE.Organization, strengthen: [pq.personMemberOfOutStrengthen], move: pq.personMemberOfOutMove },
    { type: REL.CONTRIBUTES_TO, direction: 'out', other: NODE.Project, strengthen: [pq.personContributesOutStrengthen], move: pq.personContributesOutMove },
    { type: REL.ENDORSES, direction: 'out', other: NODE.Person, strengthen: [pq.personEndorsesOutStrengthen], move: pq.personEndorsesOutMove },
    { type: REL.ENDORSES, direction: 'in', other: NODE.Person, strengthen: [pq.personEndorsesInStrengthen], move: pq.personEndorsesInMove },
    { type: REL.ORGANIZED_BY, direction: 'in', other: NODE.Event, strengthen: [pq.personOrganizedByInStrengthen], move: pq.personOrganizedByInMove },
    { type: REL.ATTENDS, direction: 'out', other: NODE.Event, move: pq.personAttendsOutMove },
    { type: REL.TEACHES, direction: 'out', other: NODE.Event, move: pq.personTeachesOutMove },
    { type: REL.IS, direction: 'in', other: NODE.Account, move: pq.personIsInMove },
  ],
  Organization: [
    { type: REL.MEMBER_OF, direction: 'in', other: NODE.Person, strengthen: [oq.organizationMemberOfInStrengthen], move: oq.organizationMemberOfInMove },
    {
      type: REL.CONTRIBUTES_TO,
      direction: 'out',
      other: NODE.Project,
      strengthen: [oq.organizationContributesOutStrengthen],
      move: oq.organizationContributesOutMove,
    },
    { type: REL.IN_SECTOR, direction: 'out', other: NODE.Sector, move: oq.organizationInSectorOutMove },
    {
      type: REL.COLLABORATES_WITH,
      direction: 'out',
      other: NODE.Organization,
      strengthen: [oq.organizationCollaboratesOutStrengthenFromKept, oq.organizationCollaboratesOutStrengthenToKept],
      move: oq.organizationCollaboratesOutMove,
    },
    {
      type: REL.COLLABORATES_WITH,
      direction: 'in',
      other: NODE.Organization,
      strengthen: [oq.organizationCollaboratesInStrengthenFromKept, oq.organizationCollaboratesInStrengthenToKept],
      move: oq.organizationCollaboratesInMove,
    },
    { type: REL.ORGANIZED_BY, direction: 'in', other: NODE.Event, strengthen: [oq.organizationOrganizedByInStrengthen], move: oq.organizationOrganizedByInMove },
  ],
};

const key = (t: Touch): string => `${t.type}:${t.direction}:${t.other}`;

/** The schema's relationships of `label` that no transfer carries over (empty when all are covered). */
export function uncoveredTouches(label: MergeLabel): Touch[] {
  const covered = new Set(TRANSFERS[label].map(key));
  return touchesOf(label).filter((t) => !covered.has(key(t)));
}

/**
 * The transfers of a label, refusing to run when the schema has a relationship no
 * transfer carries: DETACH DELETE would otherwise drop it silently.
 */
export function transfersFor(label: MergeLabel): readonly Transfer[] {
  const missing = uncoveredTouches(label);
  if (missing.length > 0) {
    throw new Error(`Merging ${label} does not carry over ${missing.map(key).join(', ')}: add a transfer in lib/merge/transfers.ts`);
  }
  return TRANSFERS[label];
}
