import type { CurationRecordFieldsFragment } from '@/graphql/generated/graphql';
import type { CurationKind } from '@/lib/curation/kinds';
import type { FormState } from './field-specs';
import * as op from './operations';
import { send, type Outcome } from './send';
import { toInput } from './to-input';

type Saved = Outcome<CurationRecordFieldsFragment>;

function pick<T>(outcome: Outcome<T>, record: (data: T) => CurationRecordFieldsFragment): Saved {
  return outcome.ok ? { ok: true, data: record(outcome.data) } : outcome;
}

/** Creates a record of `kind` from the form. */
export async function createRecord(kind: CurationKind, s: FormState): Promise<Saved> {
  switch (kind) {
    case 'PERSON':
      return pick(await send(op.CreatePersonMutation, { input: toInput.PERSON(s) }), (d) => d.createPerson.record);
    case 'ORGANIZATION':
      return pick(await send(op.CreateOrganizationMutation, { input: toInput.ORGANIZATION(s) }), (d) => d.createOrganization.record);
    case 'PROJECT':
      return pick(await send(op.CreateProjectMutation, { input: toInput.PROJECT(s) }), (d) => d.createProject.record);
    case 'SKILL':
      return pick(await send(op.CreateSkillMutation, { input: toInput.SKILL(s) }), (d) => d.createSkill.record);
    case 'SECTOR':
      return pick(await send(op.CreateSectorMutation, { input: toInput.SECTOR(s) }), (d) => d.createSector.record);
    case 'EVENT':
      return pick(await send(op.CreateEventMutation, { input: toInput.EVENT(s) }), (d) => d.createEvent.record);
  }
}

/** Saves every field of a record opened at `version`. */
export async function updateRecord(kind: CurationKind, id: string, version: number, s: FormState): Promise<Saved> {
  switch (kind) {
    case 'PERSON':
      return pick(await send(op.UpdatePersonMutation, { input: { id, version, values: toInput.PERSON(s) } }), (d) => d.updatePerson.record);
    case 'ORGANIZATION':
      return pick(await send(op.UpdateOrganizationMutation, { input: { id, version, values: toInput.ORGANIZATION(s) } }), (d) => d.updateOrganization.record);
    case 'PROJECT':
      return pick(await send(op.UpdateProjectMutation, { input: { id, version, values: toInput.PROJECT(s) } }), (d) => d.updateProject.record);
    case 'SKILL':
      return pick(await send(op.UpdateSkillMutation, { input: { id, version, values: toInput.SKILL(s) } }), (d) => d.updateSkill.record);
    case 'SECTOR':
      return pick(await send(op.UpdateSectorMutation, { input: { id, version, values: toInput.SECTOR(s) } }), (d) => d.updateSector.record);
    case 'EVENT':
      return pick(await send(op.UpdateEventMutation, { input: { id, version, values: toInput.EVENT(s) } }), (d) => d.updateEvent.record);
  }
}
