import { authorize, requireViewer } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { invalidInput, notFound } from '../errors';
import { toDateString } from '../graph/fields';
import type { GraphStore, QueryRunner } from '../graph/store';
import type { Value } from '../graph/types';
import { recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { LABEL_OF, type CurationKind } from './kinds';
import { findNode, managerIds, requireNode } from './lookup';
import * as q from './relationship-queries';
import { toCurated, type CuratedRecord } from './records';
import * as v from './schemas';

/**
 * The relationship editors: memberships, contributions, project needs, sectors,
 * collaborations, the skill taxonomy and event links. Each call is one write unit that
 * checks both ends exist, writes one relationship (or replaces one set), records one
 * audit entry on the record the form is about, and returns that record.
 */

function day(value: Value | undefined): string | null {
  return value === undefined || value === null ? null : toDateString(value);
}

async function audit(
  tx: QueryRunner,
  viewer: Viewer,
  action: string,
  kind: CurationKind,
  entityId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  await recordAudit(tx, { actorId: viewer.accountId, action, entityLabel: LABEL_OF[kind], entityId, before, after });
}

/** The record the form is about, read again after the change. */
async function reread(tx: QueryRunner, kind: CurationKind, id: string): Promise<CuratedRecord> {
  return toCurated(await requireNode(tx, kind, id));
}

// ── Memberships: staff, and the organization's managers ───────────────────────────

/** Adds a person to an organization, or changes the membership's role, period and manager flag. */
export async function setMembership(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  const signedIn = requireViewer(viewer);
  const m = parseInput(v.membershipInput, input);
  return store.write(async (tx) => {
    await requireNode(tx, 'ORGANIZATION', m.organizationId);
    authorize(signedIn, 'membership.edit', { managerPersonIds: await managerIds(tx, m.organizationId) });
    await requireNode(tx, 'PERSON', m.personId);
    const [old] = await tx.run(q.getMembership, { personId: m.personId, organizationId: m.organizationId });
    await tx.run(q.mergeMembership, m);
    await audit(
      tx,
      signedIn,
      'membership.set',
      'ORGANIZATION',
      m.organizationId,
      old ? { personId: m.personId, role: old.role, since: day(old.since), until: day(old.until), isManager: old.isManager ?? false } : null,
      { personId: m.personId, role: m.role, since: m.since, until: m.until, isManager: m.isManager },
    );
    return reread(tx, 'ORGANIZATION', m.organizationId);
  });
}

/** Ends a membership (removes the relationship). */
export async function removeMembership(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  const signedIn = requireViewer(viewer);
  const m = parseInput(v.membershipKey, input);
  return store.write(async (tx) => {
    await requireNode(tx, 'ORGANIZATION', m.organizationId);
    authorize(signedIn, 'membership.edit', { managerPersonIds: await managerIds(tx, m.organizationId) });
    const [old] = await tx.run(q.getMembership, m);
    if (!old) throw notFound('The membership');
    await tx.run(q.deleteMembership, m);
    await audit(tx, signedIn, 'membership.remove', 'ORGANIZATION', m.organizationId, {
      personId: m.personId,
      role: old.role,
      since: day(old.since),
      until: day(old.until),
      isManager: old.isManager ?? false,
    }, null);
    return reread(tx, 'ORGANIZATION', m.organizationId);
  });
}

// ── Contributions ──────────────────────────────────────────────────────────────────

function contributor(c: { personId?: string | null; organizationId?: string | null }) {
  return c.personId
    ? { kind: 'PERSON' as const, id: c.personId, get: q.getPersonContribution, merge: q.mergePersonContribution, remove: q.deletePersonContribution }
    : { kind: 'ORGANIZATION' as const, id: c.organizationId ?? '', get: q.getOrganizationContribution, merge: q.mergeOrganizationContribution, remove: q.deleteOrganizationContribution };
}

/** A person or an organization contributes to a project, with a role and a period. */
export async function setContribution(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const c = parseInput(v.contributionInput, input);
  const who = contributor(c);
  return store.write(async (tx) => {
    await requireNode(tx, 'PROJECT', c.projectId);
    await requireNode(tx, who.kind, who.id);
    const key = { contributorId: who.id, projectId: c.projectId };
    const [old] = await tx.run(who.get, key);
    await tx.run(who.merge, { ...key, role: c.role, since: c.since, until: c.until });
    const ref = who.kind === 'PERSON' ? { personId: who.id } : { organizationId: who.id };
    await audit(
      tx,
      viewer,
      'contribution.set',
      'PROJECT',
      c.projectId,
      old ? { ...ref, role: old.role, since: day(old.since), until: day(old.until) } : null,
      { ...ref, role: c.role, since: c.since, until: c.until },
    );
    return reread(tx, 'PROJECT', c.projectId);
  });
}

/** Removes a contribution. */
export async function removeContribution(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const c = parseInput(v.contributionKey, input);
  const who = contributor(c);
  return store.write(async (tx) => {
    const key = { contributorId: who.id, projectId: c.projectId };
    const [old] = await tx.run(who.get, key);
    if (!old) throw notFound('The contribution');
    await tx.run(who.remove, key);
    const ref = who.kind === 'PERSON' ? { personId: who.id } : { organizationId: who.id };
    await audit(tx, viewer, 'contribution.remove', 'PROJECT', c.projectId, { ...ref, role: old.role, since: day(old.since), until: day(old.until) }, null);
    return reread(tx, 'PROJECT', c.projectId);
  });
}

// ── Project needs ──────────────────────────────────────────────────────────────────

/** A project needs a skill at a level (its open call lists it). */
export async function setProjectNeed(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const n = parseInput(v.projectNeedInput, input);
  return store.write(async (tx) => {
    await requireNode(tx, 'PROJECT', n.projectId);
    await requireNode(tx, 'SKILL', n.skillId);
    const key = { projectId: n.projectId, skillId: n.skillId };
    const [old] = await tx.run(q.getNeed, key);
    await tx.run(q.mergeNeed, n);
    await audit(tx, viewer, 'need.set', 'PROJECT', n.projectId, old ? { skillId: n.skillId, ...old } : null, {
      skillId: n.skillId,
      level: n.level,
      note: n.note,
    });
    return reread(tx, 'PROJECT', n.projectId);
  });
}

/** The project no longer needs the skill. */
export async function removeProjectNeed(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const n = parseInput(v.projectNeedKey, input);
  return store.write(async (tx) => {
    const [old] = await tx.run(q.getNeed, n);
    if (!old) throw notFound('The need');
    await tx.run(q.deleteNeed, n);
    await audit(tx, viewer, 'need.remove', 'PROJECT', n.projectId, { skillId: n.skillId, ...old }, null);
    return reread(tx, 'PROJECT', n.projectId);
  });
}

// ── Sectors ────────────────────────────────────────────────────────────────────────

/** Replaces the sectors of an organization or a project with exactly `sectorIds`. */
export async function setSectors(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const s = parseInput(v.sectorsInput, input);
  const owner = s.kind;
  const [current, clear, add] =
    owner === 'ORGANIZATION'
      ? [q.links.organizationSectors, q.clearOrganizationSectors, q.addOrganizationSector]
      : [q.links.projectSectors, q.clearProjectSectors, q.addProjectSector];
  return store.write(async (tx) => {
    await requireNode(tx, owner, s.id);
    for (const [i, sectorId] of s.sectorIds.entries()) {
      // A missing sector names its place in the list, like any other field error.
      if (!(await findNode(tx, 'SECTOR', sectorId))) throw invalidInput(`sectorIds.${i}`, 'No sector has this id.');
    }
    const before = (await tx.run(current, { id: s.id })).map((r) => r.id).sort();
    await tx.run(clear, { id: s.id });
    for (const sectorId of s.sectorIds) await tx.run(add, { id: s.id, sectorId });
    await audit(tx, viewer, 'sectors.set', owner, s.id, { sectorIds: before }, { sectorIds: [...s.sectorIds].sort() });
    return reread(tx, owner, s.id);
  });
}

// ── Collaborations between organizations ───────────────────────────────────────────

/** The stored direction of a collaboration between two organizations, if any. */
async function findCollaboration(tx: QueryRunner, a: string, b: string) {
  const [forward] = await tx.run(q.getCollaboration, { fromId: a, toId: b });
  if (forward) return { fromId: a, toId: b, ...forward };
  const [backward] = await tx.run(q.getCollaboration, { fromId: b, toId: a });
  return backward ? { fromId: b, toId: a, ...backward } : null;
}

/** Two organizations collaborate (since, note); an existing link either way is updated. */
export async function setCollaboration(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const c = parseInput(v.collaborationInput, input);
  return store.write(async (tx) => {
    await requireNode(tx, 'ORGANIZATION', c.organizationId);
    await requireNode(tx, 'ORGANIZATION', c.partnerId);
    const old = await findCollaboration(tx, c.organizationId, c.partnerId);
    const ends = old ? { fromId: old.fromId, toId: old.toId } : { fromId: c.organizationId, toId: c.partnerId };
    await tx.run(q.mergeCollaboration, { ...ends, since: c.since, note: c.note });
    await audit(
      tx,
      viewer,
      'collaboration.set',
      'ORGANIZATION',
      c.organizationId,
      old ? { partnerId: c.partnerId, since: day(old.since), note: old.note } : null,
      { partnerId: c.partnerId, since: c.since, note: c.note },
    );
    return reread(tx, 'ORGANIZATION', c.organizationId);
  });
}

/** Ends a collaboration, whichever way it was stored. */
export async function removeCollaboration(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const c = parseInput(v.collaborationKey, input);
  return store.write(async (tx) => {
    const old = await findCollaboration(tx, c.organizationId, c.partnerId);
    if (!old) throw notFound('The collaboration');
    await tx.run(q.deleteCollaboration, { fromId: old.fromId, toId: old.toId });
    await audit(tx, viewer, 'collaboration.remove', 'ORGANIZATION', c.organizationId, { partnerId: c.partnerId, since: day(old.since), note: old.note }, null);
    return reread(tx, 'ORGANIZATION', c.organizationId);
  });
}

// ── Skill taxonomy ─────────────────────────────────────────────────────────────────

/** `broaderId` becomes a broader skill of `skillId`; refuses loops (BAD_USER_INPUT naming `broaderId`). */
export async function setBroaderSkill(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'taxonomy.edit');
  const b = parseInput(v.broaderInput, input);
  return store.write(async (tx) => {
    await requireNode(tx, 'SKILL', b.skillId);
    await requireNode(tx, 'SKILL', b.broaderId);
    const [loop] = await tx.run(q.broaderPath, b);
    if (loop) throw invalidInput('broaderId', 'This skill is already narrower than the one being edited: the taxonomy would loop.');
    const [existing] = await tx.run(q.countBroader, b);
    const had = (existing?.n ?? 0) > 0;
    if (!had) await tx.run(q.mergeBroader, b);
    await audit(tx, viewer, 'skill.broader.set', 'SKILL', b.skillId, had ? { broaderId: b.broaderId } : null, { broaderId: b.broaderId });
    return reread(tx, 'SKILL', b.skillId);
  });
}

/** `broaderId` is no longer broader than `skillId`. */
export async function removeBroaderSkill(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'taxonomy.edit');
  const b = parseInput(v.broaderInput, input);
  return store.write(async (tx) => {
    const [existing] = await tx.run(q.countBroader, b);
    if ((existing?.n ?? 0) === 0) throw notFound('The broader skill link');
    await tx.run(q.deleteBroader, b);
    await audit(tx, viewer, 'skill.broader.remove', 'SKILL', b.skillId, { broaderId: b.broaderId }, null);
    return reread(tx, 'SKILL', b.skillId);
  });
}

/** Two skills are related (stored once, read both ways). */
export async function addRelatedSkill(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'taxonomy.edit');
  const r = parseInput(v.relatedInput, input);
  return store.write(async (tx) => {
    await requireNode(tx, 'SKILL', r.skillId);
    await requireNode(tx, 'SKILL', r.relatedId);
    const [existing] = await tx.run(q.countRelated, r);
    const had = (existing?.n ?? 0) > 0;
    if (!had) await tx.run(q.mergeRelated, r);
    await audit(tx, viewer, 'skill.related.add', 'SKILL', r.skillId, had ? { relatedId: r.relatedId } : null, { relatedId: r.relatedId });
    return reread(tx, 'SKILL', r.skillId);
  });
}

/** Two skills are no longer related (either stored direction). */
export async function removeRelatedSkill(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'taxonomy.edit');
  const r = parseInput(v.relatedInput, input);
  return store.write(async (tx) => {
    const [existing] = await tx.run(q.countRelated, r);
    if ((existing?.n ?? 0) === 0) throw notFound('The related skill link');
    await tx.run(q.deleteRelated, r);
    await tx.run(q.deleteRelated, { skillId: r.relatedId, relatedId: r.skillId });
    await audit(tx, viewer, 'skill.related.remove', 'SKILL', r.skillId, { relatedId: r.relatedId }, null);
    return reread(tx, 'SKILL', r.skillId);
  });
}

// ── Events ─────────────────────────────────────────────────────────────────────────

function organizer(o: { personId?: string | null; organizationId?: string | null }) {
  return o.personId
    ? { kind: 'PERSON' as const, id: o.personId, get: q.getEventPerson, merge: q.mergeEventPerson, remove: q.deleteEventPerson }
    : { kind: 'ORGANIZATION' as const, id: o.organizationId ?? '', get: q.getEventOrganization, merge: q.mergeEventOrganization, remove: q.deleteEventOrganization };
}

/** An organization or a person organizes an event (with a role). */
export async function setEventOrganizer(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const o = parseInput(v.eventOrganizerInput, input);
  const who = organizer(o);
  return store.write(async (tx) => {
    await requireNode(tx, 'EVENT', o.eventId);
    await requireNode(tx, who.kind, who.id);
    const key = { eventId: o.eventId, organizerId: who.id };
    const [old] = await tx.run(who.get, key);
    await tx.run(who.merge, { ...key, role: o.role });
    const ref = who.kind === 'PERSON' ? { personId: who.id } : { organizationId: who.id };
    await audit(tx, viewer, 'event.organizer.set', 'EVENT', o.eventId, old ? { ...ref, role: old.role } : null, { ...ref, role: o.role });
    return reread(tx, 'EVENT', o.eventId);
  });
}

/** Removes an organizer from an event. */
export async function removeEventOrganizer(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const o = parseInput(v.eventOrganizerKey, input);
  const who = organizer(o);
  return store.write(async (tx) => {
    const key = { eventId: o.eventId, organizerId: who.id };
    const [old] = await tx.run(who.get, key);
    if (!old) throw notFound('The organizer');
    await tx.run(who.remove, key);
    const ref = who.kind === 'PERSON' ? { personId: who.id } : { organizationId: who.id };
    await audit(tx, viewer, 'event.organizer.remove', 'EVENT', o.eventId, { ...ref, role: old.role }, null);
    return reread(tx, 'EVENT', o.eventId);
  });
}

/** A person teaches at an event. */
export async function setEventTeacher(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const t = parseInput(v.eventTeacherInput, input);
  return store.write(async (tx) => {
    await requireNode(tx, 'EVENT', t.eventId);
    await requireNode(tx, 'PERSON', t.personId);
    const [existing] = await tx.run(q.countTeacher, t);
    const had = (existing?.n ?? 0) > 0;
    if (!had) await tx.run(q.mergeTeacher, t);
    await audit(tx, viewer, 'event.teacher.set', 'EVENT', t.eventId, had ? { personId: t.personId } : null, { personId: t.personId });
    return reread(tx, 'EVENT', t.eventId);
  });
}

/** A person no longer teaches at an event. */
export async function removeEventTeacher(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const t = parseInput(v.eventTeacherInput, input);
  return store.write(async (tx) => {
    const [existing] = await tx.run(q.countTeacher, t);
    if ((existing?.n ?? 0) === 0) throw notFound('The teacher');
    await tx.run(q.deleteTeacher, t);
    await audit(tx, viewer, 'event.teacher.remove', 'EVENT', t.eventId, { personId: t.personId }, null);
    return reread(tx, 'EVENT', t.eventId);
  });
}

/** Replaces the skills an event teaches with exactly `skillIds`. */
export async function setEventSkills(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  authorize(viewer, 'relationship.edit');
  const s = parseInput(v.eventSkillsInput, input);
  return store.write(async (tx) => {
    await requireNode(tx, 'EVENT', s.eventId);
    for (const [i, skillId] of s.skillIds.entries()) {
      if (!(await findNode(tx, 'SKILL', skillId))) throw invalidInput(`skillIds.${i}`, 'No skill has this id.');
    }
    const before = (await tx.run(q.links.eventSkills, { id: s.eventId })).map((r) => r.id).sort();
    await tx.run(q.clearEventSkills, { id: s.eventId });
    for (const skillId of s.skillIds) await tx.run(q.addEventSkill, { id: s.eventId, skillId });
    await audit(tx, viewer, 'event.skills.set', 'EVENT', s.eventId, { skillIds: before }, { skillIds: [...s.skillIds].sort() });
    return reread(tx, 'EVENT', s.eventId);
  });
}
