import { createEntity, updateEntity } from '@/lib/curation/entities';
import type { CurationKind } from '@/lib/curation/kinds';
import { archiveEntity, deleteEntity, restoreEntity } from '@/lib/curation/lifecycle';
import { curatedLinks, curationEntity, curationList, type LinkName } from '@/lib/curation/read';
import type { CuratedRecord } from '@/lib/curation/records';
import * as rel from '@/lib/curation/relationships';
import type { GraphQLContext } from '../context';

type Ctx = GraphQLContext;
type Input = { input: unknown };
type UpdateArgs = { input: { id: string; version: number; values: unknown } };

const TYPENAME: Record<CurationKind, string> = {
  PERSON: 'CuratedPerson',
  ORGANIZATION: 'CuratedOrganization',
  PROJECT: 'CuratedProject',
  SKILL: 'CuratedSkill',
  SECTOR: 'CuratedSector',
  EVENT: 'CuratedEvent',
};

const payload = (record: CuratedRecord) => ({ record });

const create = (kind: CurationKind) => async (_: unknown, { input }: Input, { store, viewer }: Ctx) =>
  payload(await createEntity(store, viewer, kind, input));
const update = (kind: CurationKind) => async (_: unknown, { input }: UpdateArgs, { store, viewer }: Ctx) =>
  payload(await updateEntity(store, viewer, kind, input));
const relationship =
  (service: (store: Ctx['store'], viewer: Ctx['viewer'], input: unknown) => Promise<CuratedRecord>) =>
  async (_: unknown, { input }: Input, { store, viewer }: Ctx) =>
    payload(await service(store, viewer, input));

/** A link list of the parent record; the parent was authorized where it was read. */
const linked = (name: LinkName) => (record: CuratedRecord, _: unknown, { store }: Ctx) => curatedLinks(store, name, record.id);
/** The same, as plain references. */
const refs = (name: LinkName) => async (record: CuratedRecord, _: unknown, { store }: Ctx) =>
  (await curatedLinks(store, name, record.id)).map((l) => l.target);
/** Two link lists one after the other (people then organizations). */
const both = (first: LinkName, second: LinkName) => async (record: CuratedRecord, _: unknown, { store }: Ctx) => [
  ...(await curatedLinks(store, first, record.id)),
  ...(await curatedLinks(store, second, record.id)),
];

export const curationResolvers = {
  CuratedEntity: {
    __resolveType: (record: CuratedRecord) => TYPENAME[record.entityKind],
  },
  CuratedPerson: {
    memberships: linked('personMemberships'),
    contributions: linked('personContributions'),
  },
  CuratedOrganization: {
    members: linked('organizationMembers'),
    contributions: linked('organizationProjects'),
    sectors: refs('organizationSectors'),
    partners: linked('organizationPartners'),
  },
  CuratedProject: {
    contributors: both('projectPeople', 'projectOrganizations'),
    needs: linked('projectNeeds'),
    sectors: refs('projectSectors'),
  },
  CuratedSkill: {
    broader: refs('skillBroader'),
    narrower: refs('skillNarrower'),
    related: refs('skillRelated'),
  },
  CuratedEvent: {
    organizers: both('eventOrganizations', 'eventPeople'),
    teachers: refs('eventTeachers'),
    skills: refs('eventSkills'),
  },
  Query: {
    curationList: (
      _: unknown,
      args: { kind: CurationKind; state?: string[] | null; query?: string | null; first?: number | null; after?: string | null },
      { store, viewer }: Ctx,
    ) => curationList(store, viewer, args),
    curationEntity: (_: unknown, { kind, id }: { kind: CurationKind; id: string }, { store, viewer }: Ctx) =>
      curationEntity(store, viewer, kind, id),
  },
  Mutation: {
    createPerson: create('PERSON'),
    updatePerson: update('PERSON'),
    createOrganization: create('ORGANIZATION'),
    updateOrganization: update('ORGANIZATION'),
    createProject: create('PROJECT'),
    updateProject: update('PROJECT'),
    createSkill: create('SKILL'),
    updateSkill: update('SKILL'),
    createSector: create('SECTOR'),
    updateSector: update('SECTOR'),
    createEvent: create('EVENT'),
    updateEvent: update('EVENT'),
    archiveEntity: relationship(archiveEntity),
    restoreEntity: relationship(restoreEntity),
    deleteEntity: (_: unknown, { input }: Input, { store, viewer }: Ctx) => deleteEntity(store, viewer, input),
    setMembership: relationship(rel.setMembership),
    removeMembership: relationship(rel.removeMembership),
    setContribution: relationship(rel.setContribution),
    removeContribution: relationship(rel.removeContribution),
    setProjectNeed: relationship(rel.setProjectNeed),
    removeProjectNeed: relationship(rel.removeProjectNeed),
    setSectors: relationship(rel.setSectors),
    setCollaboration: relationship(rel.setCollaboration),
    removeCollaboration: relationship(rel.removeCollaboration),
    setBroaderSkill: relationship(rel.setBroaderSkill),
    removeBroaderSkill: relationship(rel.removeBroaderSkill),
    addRelatedSkill: relationship(rel.addRelatedSkill),
    removeRelatedSkill: relationship(rel.removeRelatedSkill),
    setEventOrganizer: relationship(rel.setEventOrganizer),
    removeEventOrganizer: relationship(rel.removeEventOrganizer),
    setEventTeacher: relationship(rel.setEventTeacher),
    removeEventTeacher: relationship(rel.removeEventTeacher),
    setEventSkills: relationship(rel.setEventSkills),
  },
};
