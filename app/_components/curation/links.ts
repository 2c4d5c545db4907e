import type { CurationKind } from '@/lib/curation/kinds';
import * as op from './operations';
import { send, type Outcome } from './send';

/**
 * The relationship editors' wiring: which records each list links to, which properties
 * it carries, and the mutation that adds (or updates) and removes one link.
 */
export type Relation =
  | 'personMemberships'
  | 'personContributions'
  | 'organizationMembers'
  | 'organizationContributions'
  | 'partners'
  | 'projectContributors'
  | 'projectNeeds'
  | 'broader'
  | 'related'
  | 'eventOrganizers'
  | 'eventTeachers'
  | 'eventSkills';

export type LinkProp = 'role' | 'since' | 'until' | 'isManager' | 'level' | 'note';

export const RELATIONS: Record<Relation, { targets: readonly CurationKind[]; props: readonly LinkProp[] }> = {
  personMemberships: { targets: ['ORGANIZATION'], props: ['role', 'since', 'until', 'isManager'] },
  personContributions: { targets: ['PROJECT'], props: ['role', 'since', 'until'] },
  organizationMembers: { targets: ['PERSON'], props: ['role', 'since', 'until', 'isManager'] },
  organizationContributions: { targets: ['PROJECT'], props: ['role', 'since', 'until'] },
  partners: { targets: ['ORGANIZATION'], props: ['since', 'note'] },
  projectContributors: { targets: ['PERSON', 'ORGANIZATION'], props: ['role', 'since', 'until'] },
  projectNeeds: { targets: ['SKILL'], props: ['level', 'note'] },
  broader: { targets: ['SKILL'], props: [] },
  related: { targets: ['SKILL'], props: [] },
  eventOrganizers: { targets: ['ORGANIZATION', 'PERSON'], props: ['role'] },
  eventTeachers: { targets: ['PERSON'], props: [] },
  eventSkills: { targets: ['SKILL'], props: [] },
};

export interface LinkValues {
  role: string;
  since: string;
  until: string;
  isManager: boolean;
  level: string;
  note: string;
}

export interface Target {
  kind: CurationKind;
  id: string;
}

type Done = Outcome<unknown>;

const blank = (s: string) => s.trim() || null;

/** Adds a link from `ownerId` to `target` (or updates the one there is). */
export async function addLink(relation: Relation, ownerId: string, target: Target, p: LinkValues, currentIds: readonly string[]): Promise<Done> {
  const period = { role: blank(p.role), since: blank(p.since), until: blank(p.until) };
  const contributor = target.kind === 'PERSON' ? { personId: target.id } : { organizationId: target.id };
  switch (relation) {
    case 'personMemberships':
      return send(op.SetMembershipMutation, { input: { personId: ownerId, organizationId: target.id, ...period, isManager: p.isManager } });
    case 'organizationMembers':
      return send(op.SetMembershipMutation, { input: { personId: target.id, organizationId: ownerId, ...period, isManager: p.isManager } });
    case 'personContributions':
      return send(op.SetContributionMutation, { input: { projectId: target.id, personId: ownerId, ...period } });
    case 'organizationContributions':
      return send(op.SetContributionMutation, { input: { projectId: target.id, organizationId: ownerId, ...period } });
    case 'projectContributors':
      return send(op.SetContributionMutation, { input: { projectId: ownerId, ...contributor, ...period } });
    case 'partners':
      return send(op.SetCollaborationMutation, { input: { organizationId: ownerId, partnerId: target.id, since: period.since, note: blank(p.note) } });
    case 'projectNeeds':
      return send(op.SetProjectNeedMutation, { input: { projectId: ownerId, skillId: target.id, level: Number(p.level || 3), note: blank(p.note) } });
    case 'broader':
      return send(op.SetBroaderMutation, { input: { skillId: ownerId, broaderId: target.id } });
    case 'related':
      return send(op.AddRelatedMutation, { input: { skillId: ownerId, relatedId: target.id } });
    case 'eventOrganizers':
      return send(op.SetEventOrganizerMutation, { input: { eventId: ownerId, ...contributor, role: period.role } });
    case 'eventTeachers':
      return send(op.SetEventTeacherMutation, { input: { eventId: ownerId, personId: target.id } });
    case 'eventSkills':
      return send(op.SetEventSkillsMutation, { input: { eventId: ownerId, skillIds: [...new Set([...currentIds, target.id])] } });
  }
}

/** Removes the link from `ownerId` to `target`. */
export async function removeLink(relation: Relation, ownerId: string, target: Target, currentIds: readonly string[]): Promise<Done> {
  const contributor = target.kind === 'PERSON' ? { personId: target.id } : { organizationId: target.id };
  switch (relation) {
    case 'personMemberships':
      return send(op.RemoveMembershipMutation, { input: { personId: ownerId, organizationId: target.id } });
    case 'organizationMembers':
      return send(op.RemoveMembershipMutation, { input: { personId: target.id, organizationId: ownerId } });
    case 'personContributions':
      return send(op.RemoveContributionMutation, { input: { projectId: target.id, personId: ownerId } });
    case 'organizationContributions':
      return send(op.RemoveContributionMutation, { input: { projectId: target.id, organizationId: ownerId } });
    case 'projectContributors':
      return send(op.RemoveContributionMutation, { input: { projectId: ownerId, ...contributor } });
    case 'partners':
      return send(op.RemoveCollaborationMutation, { input: { organizationId: ownerId, partnerId: target.id } });
    case 'projectNeeds':
      return send(op.RemoveProjectNeedMutation, { input: { projectId: ownerId, skillId: target.id } });
    case 'broader':
      return send(op.RemoveBroaderMutation, { input: { skillId: ownerId, broaderId: target.id } });
    case 'related':
      return send(op.RemoveRelatedMutation, { input: { skillId: ownerId, relatedId: target.id } });
    case 'eventOrganizers':
      return send(op.RemoveEventOrganizerMutation, { input: { eventId: ownerId, ...contributor } });
    case 'eventTeachers':
      return send(op.RemoveEventTeacherMutation, { input: { eventId: ownerId, personId: target.id } });
    case 'eventSkills':
      return send(op.SetEventSkillsMutation, { input: { eventId: ownerId, skillIds: currentIds.filter((id) => id !== target.id) } });
  }
}
