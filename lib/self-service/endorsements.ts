import { authorize, requireViewer } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { invalidInput, notFound } from '../errors';
import { NODE } from '../graph/schema';
import type { GraphStore, QueryRunner } from '../graph/store';
import type { Value } from '../graph/types';
import { recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { endorsementSchema } from './input';
import * as q from './queries';

/** One endorsement seen from one side: the other person, the skill, when. */
export interface EndorsementRecord {
  personId: string;
  skillId: string;
  at: string | null;
}

/** How many members endorse one skill of a person, and whether the viewer is one of them. */
export interface EndorsementSummary {
  personId: string;
  skillId: string;
  count: number;
  byMe: boolean;
}

/** A timestamp column as ISO 8601, or null. */
function isoOf(value: Value | undefined): string | null {
  return value instanceof Date ? value.toISOString() : null;
}

/** Endorsements a person gave (`given`) or received, newest first. */
export async function listEndorsements(store: GraphStore, personId: string, side: 'given' | 'received'): Promise<EndorsementRecord[]> {
  const rows = await store.query(side === 'given' ? q.endorsementsGiven : q.endorsementsReceived, { id: personId });
  return rows.map((r) => ({ personId: r.personId, skillId: r.skillId, at: isoOf(r.at) }));
}

/** Per person in `personIds`, who endorses which skill (endorser ids by skill id), in the order of `personIds`. */
export async function endorsersOf(store: GraphStore, personIds: readonly string[]): Promise<Map<string, string[]>[]> {
  if (personIds.length === 0) return [];
  const rows = await store.query(q.endorsersOfPeople, { ids: [...personIds] });
  const byPerson = new Map<string, Map<string, string[]>>();
  for (const row of rows) {
    const skills = byPerson.get(row.owner) ?? new Map<string, string[]>();
    skills.set(row.skill, [...(skills.get(row.skill) ?? []), row.endorser]);
    byPerson.set(row.owner, skills);
  }
  return personIds.map((id) => byPerson.get(id) ?? new Map());
}

/** The ids of an endorsement call, refusing self-endorsement as bad input (before any permission check). */
function endorsementIds(viewer: Viewer, input: unknown): { personId: string; skillId: string } {
  const ids = parseInput(endorsementSchema, input);
  if (viewer.personId === ids.personId) throw invalidInput('personId', 'personId: you cannot endorse your own skills');
  return ids;
}

async function summaryOf(tx: QueryRunner, viewerPersonId: string, personId: string, skillId: string): Promise<EndorsementSummary> {
  const rows = await tx.run(q.endorsersOfPeople, { ids: [personId] });
  const endorsers = rows.filter((r) => r.skill === skillId).map((r) => r.endorser);
  return { personId, skillId, count: endorsers.length, byMe: endorsers.includes(viewerPersonId) };
}

/**
 * The viewer endorses another person's skill. The person must be public and list the
 * skill; endorsing oneself is BAD_USER_INPUT (field `personId`); endorsing twice changes
 * nothing.
 */
export async function endorse(store: GraphStore, viewer: Viewer | null, input: unknown, at: Date = new Date()): Promise<EndorsementSummary> {
  const { personId, skillId } = endorsementIds(requireViewer(viewer), input);
  authorize(viewer, 'endorsement.give', { personId });
  const fromId = viewer.personId ?? '';
  return store.write(async (tx) => {
    const [target] = await tx.run(q.publicPersonSkill, { personId, skillId });
    if (!target || target.personState !== 'ACTIVE') throw notFound('Person');
    if (target.level === null) throw invalidInput('skillId', 'skillId: this person does not list this skill');
    const [existing] = await tx.run(q.endorsementBetween, { fromId, toId: personId, skillId });
    if (!existing) {
      await tx.run(q.createEndorsement, { fromId, toId: personId, skillId, at: at.toISOString() });
      await recordAudit(
        tx,
        {
          actorId: viewer.accountId,
          action: 'endorsement.give',
          entityLabel: NODE.Person,
          entityId: personId,
          before: null,
          after: { endorsedBy: fromId, skill: skillId },
        },
        at,
      );
    }
    return summaryOf(tx, fromId, personId, skillId);
  });
}

/** Withdraws the viewer's endorsement of a person's skill; without one, changes nothing. */
export async function withdrawEndorsement(
  store: GraphStore,
  viewer: Viewer | null,
  input: unknown,
  at: Date = new Date(),
): Promise<EndorsementSummary> {
  const { personId, skillId } = endorsementIds(requireViewer(viewer), input);
  authorize(viewer, 'endorsement.give', { personId });
  const fromId = viewer.personId ?? '';
  return store.write(async (tx) => {
    const [existing] = await tx.run(q.endorsementBetween, { fromId, toId: personId, skillId });
    if (existing) {
      await tx.run(q.deleteEndorsement, { fromId, toId: personId, skillId });
      await recordAudit(
        tx,
        {
          actorId: viewer.accountId,
          action: 'endorsement.withdraw',
          entityLabel: NODE.Person,
          entityId: personId,
          before: { endorsedBy: fromId, skill: skillId, at: isoOf(existing.at) },
          after: null,
        },
        at,
      );
    }
    return summaryOf(tx, fromId, personId, skillId);
  });
}
