import { randomUUID } from 'node:crypto';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { conflict, invalidInput } from '../errors';
import { asNode, textOrNull } from '../graph/fields';
import { NODE } from '../graph/schema';
import type { GraphStore, QueryRunner } from '../graph/store';
import { searchTextFor } from '../search/text';
import { foldText } from '../text/fold';
import { slugify } from '../text/slug';
import { recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { proposeSkillSchema, setSkillSchema, skillIdSchema } from './input';
import { entityProposal, type ProfileRecord, type ProposalRecord } from './model';
import { ownPersonId } from './own';
import { existingProfile, personInWrite, personSearchText } from './profile';
import * as q from './queries';

/** Refreshes the person's searchText after their skills changed (skill names are part of it). */
async function refreshSearchText(tx: QueryRunner, personId: string, at: string): Promise<void> {
  const person = await personInWrite(tx, personId);
  const searchText = await personSearchText(tx, personId, person);
  await tx.run(q.updatePersonSearchText, { id: personId, searchText, at });
}

/**
 * Adds a published skill to the viewer's profile at `level` (1..5), or changes its level.
 * Setting the level it already has writes nothing.
 */
export async function setMySkill(store: GraphStore, viewer: Viewer | null, input: unknown, at: Date = new Date()): Promise<ProfileRecord> {
  const personId = ownPersonId(viewer);
  authorize(viewer, 'profile.edit', { personId });
  const { skillId, level } = parseInput(setSkillSchema, input);
  await store.write(async (tx) => {
    const [skill] = await tx.run(q.skillById, { id: skillId });
    if (!skill || textOrNull(asNode(skill.n), 'state') !== 'ACTIVE') {
      throw invalidInput('skillId', 'skillId: only published skills can be added; propose a new one instead');
    }
    const [existing] = await tx.run(q.hasSkill, { personId, skillId });
    if (existing?.level === level) return;
    const iso = at.toISOString();
    if (existing) {
      await tx.run(q.setHasSkillLevel, { personId, skillId, level });
    } else {
      await tx.run(q.createHasSkill, { personId, skillId, level, since: iso.slice(0, 10) });
      await refreshSearchText(tx, personId, iso);
    }
    await recordAudit(
      tx,
      {
        actorId: viewer.accountId,
        action: 'profile.setSkill',
        entityLabel: NODE.Person,
        entityId: personId,
        before: { skill: skillId, level: existing?.level ?? null },
        after: { skill: skillId, level },
      },
      at,
    );
  });
  return existingProfile(store, personId);
}

/** Removes a skill from the viewer's profile; removing one they do not list writes nothing. */
export async function removeMySkill(store: GraphStore, viewer: Viewer | null, input: unknown, at: Date = new Date()): Promise<ProfileRecord> {
  const personId = ownPersonId(viewer);
  authorize(viewer, 'profile.edit', { personId });
  const { skillId } = parseInput(skillIdSchema, input);
  await store.write(async (tx) => {
    const [existing] = await tx.run(q.hasSkill, { personId, skillId });
    if (!existing) return;
    await tx.run(q.deleteHasSkill, { personId, skillId });
    await refreshSearchText(tx, personId, at.toISOString());
    await recordAudit(
      tx,
      {
        actorId: viewer.accountId,
        action: 'profile.removeSkill',
        entityLabel: NODE.Person,
        entityId: personId,
        before: { skill: skillId, level: existing.level },
        after: null,
      },
      at,
    );
  });
  return existingProfile(store, personId);
}

/** The first free slug among `base`, `base-2`, `base-3`, … */
function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Proposes a new skill: a PENDING Skill, invisible to the public until staff approve it.
 * A name (Italian or English) equal to an existing skill's name or alias, ignoring case
 * and accents, is refused with a CONFLICT naming the field and pointing to that skill.
 */
export async function proposeSkill(store: GraphStore, viewer: Viewer | null, input: unknown, at: Date = new Date()): Promise<ProposalRecord> {
  authorize(viewer, 'proposal.create');
  const values = parseInput(proposeSkillSchema, input);
  return store.write(async (tx) => {
    const skills = await tx.run(q.skillNames);
    for (const field of ['name', 'nameEn'] as const) {
      const wanted = foldText(values[field]);
      if (!wanted) continue;
      const clash = skills.find((s) => [s.name, s.nameEn, ...(s.aliases ?? [])].some((n) => foldText(n) === wanted));
      if (clash) {
        throw conflict(`${field}: a skill with this name exists already (${clash.name}).`, {
          field,
          current: { id: clash.id, slug: clash.slug, name: clash.name, state: clash.state ?? 'ACTIVE' },
        });
      }
    }
    const base = slugify(values.name) || 'competenza';
    const taken = new Set((await tx.run(q.skillSlugsLike, { slug: base, prefix: `${base}-` })).map((r) => r.slug));
    const id = randomUUID();
    const [row] = await tx.run(q.createProposedSkill, {
      id,
      slug: freeSlug(base, taken),
      name: values.name,
      nameEn: values.nameEn,
      aliases: values.aliases,
      description: values.description,
      searchText: searchTextFor.skill(values),
      proposedBy: viewer.accountId,
      at: at.toISOString(),
    });
    await recordAudit(
      tx,
      {
        actorId: viewer.accountId,
        action: 'skill.propose',
        entityLabel: NODE.Skill,
        entityId: id,
        before: null,
        after: { name: values.name, nameEn: values.nameEn, aliases: values.aliases, description: values.description, state: 'PENDING' },
      },
      at,
    );
    return entityProposal(asNode(row?.n));
  });
}
