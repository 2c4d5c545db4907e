import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Viewer } from '@/lib/auth/viewer';
import { createEntity } from '@/lib/curation/entities';
import { setBroaderSkill, setContribution, setEventOrganizer, setEventTeacher, setMembership, setProjectNeed, setCollaboration, addRelatedSkill } from '@/lib/curation/relationships';
import { defineQuery } from '@/lib/graph/query';
import { NODE } from '@/lib/graph/schema';
import type { GraphStore } from '@/lib/graph/store';
import { community } from '@/lib/seed/data';
import { seedId } from '@/lib/seed/load';
import { readyStore } from '@/lib/server/ready';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { runAs } from '../support/as-viewer';
import { postGraphQL } from '../support/graphql-http';
import { sessionCookie, viewerOfEmail } from '../support/session';

/**
 * Staff curation over a real seeded Kùzu store: every mutation allowed and refused for
 * a visitor, a member (about themselves), another member, an organization's manager
 * (their organization and another one), staff and admin; refusals write nothing;
 * stale versions, bad input, duplicate slugs and taxonomy loops; archive, restore and
 * delete as the public sees them.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-curation-'));

// The staff pages read the session cookie; client components ask for the router.
let mockCookies: Record<string, string> = {};
jest.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (name in mockCookies ? { name, value: mockCookies[name] } : undefined),
    getAll: () => Object.entries(mockCookies).map(([name, value]) => ({ name, value })),
  }),
  headers: async () => new Headers(),
}));
// The staff-only history on the edit page is an async server component a static render cannot run.
jest.mock('@/app/_components/staff/entity-history', () => ({ EntityHistory: () => null }));
jest.mock('next/navigation', () => ({
  ...jest.requireActual('next/navigation'),
  useRouter: () => ({ push: () => undefined, refresh: () => undefined, replace: () => undefined }),
}));

const auditCount = defineQuery<{ n: number }>('test.curation.auditCount', `MATCH (a:${NODE.AuditEntry}) RETURN count(a) AS n`);
const auditOf = defineQuery<{ action: string; before: string | null; after: string | null }>(
  'test.curation.auditOf',
  `MATCH (a:${NODE.AuditEntry}) WHERE a.entityId = $id RETURN a.action AS action, a.before AS before, a.after AS after ORDER BY a.at`,
);

let store: GraphStore;
type Who = 'visitor' | 'member' | 'otherMember' | 'manager' | 'staff' | 'admin';
const viewers = {} as Record<Who, Viewer | null>;
const EVERYONE: Who[] = ['visitor', 'member', 'otherMember', 'manager', 'staff', 'admin'];
const STAFF: Who[] = ['staff', 'admin'];

const ORG_OWN = seedId.organization('ponti-solidali');
const ORG_OTHER = seedId.organization('datapiazza');
const KARIM = seedId.person('karim-benali');
const project = community.projects[0]!;
const PROJECT = seedId.project(project.slug);
const event = community.events[0]!;
const EVENT = seedId.event(event.slug);
const SECTOR = seedId.sector(community.sectors[0]!.slug);
const SECTOR_2 = seedId.sector(community.sectors[1]!.slug);
const skillSlugs = community.skills.map((s) => s.slug);
const SKILL = seedId.skill('fotografia');
const SKILL_2 = seedId.skill('fotoritocco');

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  ({ store } = await readyStore());
  viewers.visitor = null;
  viewers.member = await viewerOfEmail(store, 'membro@rizoma.example');
  viewers.otherMember = { accountId: 'test-other-member', personId: seedId.person(community.people[10]!.slug), role: 'MEMBER' };
  viewers.manager = { accountId: 'test-manager', personId: seedId.person('francesca-deluca'), role: 'MEMBER' };
  viewers.staff = await viewerOfEmail(store, 'staff@rizoma.example');
  viewers.admin = await viewerOfEmail(store, 'admin@rizoma.example');
}, 120_000);

afterAll(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function audits(): Promise<number> {
  return (await store.query(auditCount))[0]?.n ?? 0;
}

const SNAPSHOT = `query Snapshot($kind: EntityKind!, $id: ID!) {
  curationEntity(kind: $kind, id: $id) {
    __typename id slug name state version
    ... on CuratedPerson { email headline bio memberships { target { id } role since until isManager } contributions { target { id } role } }
    ... on CuratedOrganization { organizationKind: kind description website members { target { id } role since until isManager }
      contributions { target { id } } sectors { id } partners { target { id } since note } }
    ... on CuratedProject { summary startDate endDate contributors { target { id entityKind } role since until } needs { target { id } level note } sectors { id } }
    ... on CuratedSkill { nameEn aliases description broader { id } narrower { id } related { id } }
    ... on CuratedSector { nameEn description }
    ... on CuratedEvent { startsAt endsAt organizers { target { id } role } teachers { id } skills { id } }
  }
}`;

type Kind = 'PERSON' | 'ORGANIZATION' | 'PROJECT' | 'SKILL' | 'SECTOR' | 'EVENT';

/** What staff see of a record now, relationships included. */
async function snapshot(kind: Kind, id: string): Promise<Record<string, unknown> | null> {
  const result = await runAs<{ curationEntity: Record<string, unknown> | null }>(store, viewers.staff, SNAPSHOT, { kind, id });
  expect(result.errors).toEqual([]);
  return result.data?.curationEntity ?? null;
}

async function versionOf(kind: Kind, id: string): Promise<number> {
  const snap = await snapshot(kind, id);
  return Number(snap?.version);
}

const LIST_TOTAL = `query Total($kind: EntityKind!) { curationList(kind: $kind, first: 0) { totalCount } }`;
async function totalOf(kind: Kind): Promise<number> {
  const result = await runAs<{ curationList: { totalCount: number } }>(store, viewers.staff, LIST_TOTAL, { kind });
  return result.data?.curationList.totalCount ?? -1;
}

const RECORD = `record { id slug state version }`;
const M = {
  createPerson: `mutation($input: PersonValues!) { createPerson(input: $input) { ${RECORD} } }`,
  updatePerson: `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${RECORD} } }`,
  createOrganization: `mutation($input: OrganizationValues!) { createOrganization(input: $input) { ${RECORD} } }`,
  updateOrganization: `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${RECORD} } }`,
  createProject: `mutation($input: ProjectValues!) { createProject(input: $input) { ${RECORD} } }`,
  updateProject: `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { ${RECORD} } }`,
  createSkill: `mutation($input: SkillValues!) { createSkill(input: $input) { record { id slug state version ... on CuratedSkill { aliases nameEn } } } }`,
  updateSkill: `mutation($input: UpdateSkillInput!) { updateSkill(input: $input) { ${RECORD} } }`,
  createSector: `mutation($input: SectorValues!) { createSector(input: $input) { ${RECORD} } }`,
  updateSector: `mutation($input: UpdateSectorInput!) { updateSector(input: $input) { ${RECORD} } }`,
  createEvent: `mutation($input: EventValues!) { createEvent(input: $input) { ${RECORD} } }`,
  updateEvent: `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { ${RECORD} } }`,
  archiveEntity: `mutation($input: EntityVersionInput!) { archiveEntity(input: $input) { ${RECORD} } }`,
  restoreEntity: `mutation($input: EntityVersionInput!) { restoreEntity(input: $input) { ${RECORD} } }`,
  deleteEntity: `mutation($input: EntityVersionInput!) { deleteEntity(input: $input) { kind id } }`,
  setMembership: `mutation($input: MembershipInput!) { setMembership(input: $input) { ${RECORD} } }`,
  removeMembership: `mutation($input: MembershipKey!) { removeMembership(input: $input) { ${RECORD} } }`,
  setContribution: `mutation($input: ContributionInput!) { setContribution(input: $input) { ${RECORD} } }`,
  removeContribution: `mutation($input: ContributionKey!) { removeContribution(input: $input) { ${RECORD} } }`,
  setProjectNeed: `mutation($input: ProjectNeedInput!) { setProjectNeed(input: $input) { ${RECORD} } }`,
  removeProjectNeed: `mutation($input: ProjectNeedKey!) { removeProjectNeed(input: $input) { ${RECORD} } }`,
  setSectors: `mutation($input: SectorsInput!) { setSectors(input: $input) { ${RECORD} } }`,
  setCollaboration: `mutation($input: CollaborationInput!) { setCollaboration(input: $input) { ${RECORD} } }`,
  removeCollaboration: `mutation($input: CollaborationKey!) { removeCollaboration(input: $input) { ${RECORD} } }`,
  setBroaderSkill: `mutation($input: BroaderSkillInput!) { setBroaderSkill(input: $input) { ${RECORD} } }`,
  removeBroaderSkill: `mutation($input: BroaderSkillInput!) { removeBroaderSkill(input: $input) { ${RECORD} } }`,
  addRelatedSkill: `mutation($input: RelatedSkillInput!) { addRelatedSkill(input: $input) { ${RECORD} } }`,
  removeRelatedSkill: `mutation($input: RelatedSkillInput!) { removeRelatedSkill(input: $input) { ${RECORD} } }`,
  setEventOrganizer: `mutation($input: EventOrganizerInput!) { setEventOrganizer(input: $input) { ${RECORD} } }`,
  removeEventOrganizer: `mutation($input: EventOrganizerKey!) { removeEventOrganizer(input: $input) { ${RECORD} } }`,
  setEventTeacher: `mutation($input: EventTeacherInput!) { setEventTeacher(input: $input) { ${RECORD} } }`,
  removeEventTeacher: `mutation($input: EventTeacherInput!) { removeEventTeacher(input: $input) { ${RECORD} } }`,
  setEventSkills: `mutation($input: EventSkillsInput!) { setEventSkills(input: $input) { ${RECORD} } }`,
};

let serial = 0;
const unique = (prefix: string) => `${prefix} ${++serial}`;

const values = {
  person: () => ({ name: unique('Persona di prova'), email: `prova${serial}@esempio.it`, availability: 'OPEN', contactVisibility: 'MEMBERS' }),
  organization: () => ({ name: unique('Organizzazione di prova'), kind: 'ASSOCIATION', website: 'https://esempio.it' }),
  project: () => ({ name: unique('Progetto di prova'), status: 'IDEA', callOpen: false, startDate: '2026-01-01', endDate: '2026-06-30' }),
  skill: () => ({ name: unique('Competenza di prova'), nameEn: 'Test skill', aliases: ['alias di prova'] }),
  sector: () => ({ name: unique('Settore di prova'), nameEn: 'Test sector' }),
  event: () => ({ name: unique('Evento di prova'), kind: 'WORKSHOP', startsAt: '2026-10-01T16:00:00Z', endsAt: '2026-10-01T18:00:00Z' }),
};

/** A fresh record made by staff through the service, for cases that consume one. */
async function fresh(kind: Kind): Promise<string> {
  const input = {
    PERSON: values.person,
    ORGANIZATION: values.organization,
    PROJECT: values.project,
    SKILL: values.skill,
    SECTOR: values.sector,
    EVENT: values.event,
  }[kind]();
  return (await createEntity(store, viewers.staff, kind, input)).id;
}

interface Case {
  name: string;
  allowed: Who[];
  /** Prepares what the call needs (as staff) and returns the operation, with the record whose data must not change on refusal. */
  prepare(): Promise<{ query: string; variables: Record<string, unknown>; watch: { kind: Kind | 'LIST'; id: string } }>;
}

const onCreate = (kind: Kind, query: string, make: () => Record<string, unknown>): Case => ({
  name: query.match(/\{ (\w+)\(/)?.[1] ?? kind,
  allowed: STAFF,
  prepare: async () => ({ query, variables: { input: make() }, watch: { kind: 'LIST', id: kind } }),
});

const onUpdate = (kind: Kind, query: string, id: () => Promise<string> | string, make: () => Record<string, unknown>, allowed = STAFF, label = ''): Case => ({
  name: `${query.match(/\{ (\w+)\(/)?.[1]}${label}`,
  allowed,
  prepare: async () => {
    const target = await id();
    return { query, variables: { input: { id: target, version: await versionOf(kind, target), values: make() } }, watch: { kind, id: target } };
  },
});

const CASES: Case[] = [
  onCreate('PERSON', M.createPerson, values.person),
  onCreate('ORGANIZATION', M.createOrganization, values.organization),
  onCreate('PROJECT', M.createProject, values.project),
  onCreate('SKILL', M.createSkill, values.skill),
  onCreate('SECTOR', M.createSector, values.sector),
  onCreate('EVENT', M.createEvent, values.event),
  // The member's own person record: self-service is another API; curation is staff's.
  onUpdate('PERSON', M.updatePerson, () => KARIM, () => ({ name: 'Karim Benali', headline: unique('Videomaker'), email: 'karim@esempio.it', availability: 'OPEN', contactVisibility: 'MEMBERS' }), STAFF, ' (the member themselves)'),
  onUpdate('ORGANIZATION', M.updateOrganization, () => ORG_OWN, () => ({ name: 'Associazione Ponti Solidali', kind: 'ASSOCIATION', description: unique('Descrizione') }), ['manager', 'staff', 'admin'], ' (the manager’s organization)'),
  onUpdate('ORGANIZATION', M.updateOrganization, () => ORG_OTHER, () => ({ name: 'DataPiazza', kind: 'STARTUP', description: unique('Descrizione') }), STAFF, ' (another organization)'),
  onUpdate('PROJECT', M.updateProject, () => fresh('PROJECT'), values.project),
  onUpdate('SKILL', M.updateSkill, () => fresh('SKILL'), values.skill),
  onUpdate('SECTOR', M.updateSector, () => fresh('SECTOR'), values.sector),
  onUpdate('EVENT', M.updateEvent, () => fresh('EVENT'), values.event),
  {
    name: 'archiveEntity',
    allowed: STAFF,
    prepare: async () => {
      const id = await fresh('ORGANIZATION');
      return { query: M.archiveEntity, variables: { input: { kind: 'ORGANIZATION', id, version: 1 } }, watch: { kind: 'ORGANIZATION', id } };
    },
  },
  {
    name: 'restoreEntity',
    allowed: STAFF,
    prepare: async () => {
      const id = await fresh('SKILL');
      await runAs(store, viewers.staff, M.archiveEntity, { input: { kind: 'SKILL', id, version: 1 } });
      return { query: M.restoreEntity, variables: { input: { kind: 'SKILL', id, version: 2 } }, watch: { kind: 'SKILL', id } };
    },
  },
  {
    name: 'deleteEntity',
    allowed: STAFF,
    prepare: async () => {
      const id = await fresh('SECTOR');
      return { query: M.deleteEntity, variables: { input: { kind: 'SECTOR', id, version: 1 } }, watch: { kind: 'SECTOR', id } };
    },
  },
  {
    name: 'setMembership (the manager’s organization)',
    allowed: ['manager', 'staff', 'admin'],
    prepare: async () => ({
      query: M.setMembership,
      variables: { input: { personId: KARIM, organizationId: ORG_OWN, role: unique('volontario'), since: '2025-01-01' } },
      watch: { kind: 'ORGANIZATION', id: ORG_OWN },
    }),
  },
  {
    name: 'setMembership (another organization)',
    allowed: STAFF,
    prepare: async () => ({
      query: M.setMembership,
      variables: { input: { personId: KARIM, organizationId: ORG_OTHER, role: unique('consulente') } },
      watch: { kind: 'ORGANIZATION', id: ORG_OTHER },
    }),
  },
  {
    name: 'removeMembership (the manager’s organization)',
    allowed: ['manager', 'staff', 'admin'],
    prepare: async () => {
      await setMembership(store, viewers.staff, { personId: KARIM, organizationId: ORG_OWN, role: 'volontario' });
      return { query: M.removeMembership, variables: { input: { personId: KARIM, organizationId: ORG_OWN } }, watch: { kind: 'ORGANIZATION', id: ORG_OWN } };
    },
  },
  {
    name: 'removeMembership (another organization)',
    allowed: STAFF,
    prepare: async () => {
      await setMembership(store, viewers.staff, { personId: KARIM, organizationId: ORG_OTHER, role: 'consulente' });
      return { query: M.removeMembership, variables: { input: { personId: KARIM, organizationId: ORG_OTHER } }, watch: { kind: 'ORGANIZATION', id: ORG_OTHER } };
    },
  },
  {
    name: 'setContribution',
    allowed: STAFF,
    prepare: async () => ({
      query: M.setContribution,
      variables: { input: { projectId: PROJECT, personId: KARIM, role: unique('riprese'), since: '2025-03-01' } },
      watch: { kind: 'PROJECT', id: PROJECT },
    }),
  },
  {
    name: 'removeContribution',
    allowed: STAFF,
    prepare: async () => {
      await setContribution(store, viewers.staff, { projectId: PROJECT, organizationId: ORG_OWN, role: 'partner' });
      return { query: M.removeContribution, variables: { input: { projectId: PROJECT, organizationId: ORG_OWN } }, watch: { kind: 'PROJECT', id: PROJECT } };
    },
  },
  {
    name: 'setProjectNeed',
    allowed: STAFF,
    prepare: async () => ({
      query: M.setProjectNeed,
      variables: { input: { projectId: PROJECT, skillId: SKILL, level: 3, note: unique('servono foto') } },
      watch: { kind: 'PROJECT', id: PROJECT },
    }),
  },
  {
    name: 'removeProjectNeed',
    allowed: STAFF,
    prepare: async () => {
      await setProjectNeed(store, viewers.staff, { projectId: PROJECT, skillId: SKILL_2, level: 2 });
      return { query: M.removeProjectNeed, variables: { input: { projectId: PROJECT, skillId: SKILL_2 } }, watch: { kind: 'PROJECT', id: PROJECT } };
    },
  },
  {
    name: 'setSectors',
    allowed: STAFF,
    prepare: async () => ({
      query: M.setSectors,
      variables: { input: { kind: 'ORGANIZATION', id: ORG_OTHER, sectorIds: serial++ % 2 ? [SECTOR] : [SECTOR, SECTOR_2] } },
      watch: { kind: 'ORGANIZATION', id: ORG_OTHER },
    }),
  },
  {
    name: 'setCollaboration',
    allowed: STAFF,
    prepare: async () => ({
      query: M.setCollaboration,
      variables: { input: { organizationId: ORG_OWN, partnerId: ORG_OTHER, since: '2024-05-01', note: unique('dati aperti') } },
      watch: { kind: 'ORGANIZATION', id: ORG_OWN },
    }),
  },
  {
    name: 'removeCollaboration',
    allowed: STAFF,
    prepare: async () => {
      await setCollaboration(store, viewers.staff, { organizationId: ORG_OTHER, partnerId: ORG_OWN });
      return { query: M.removeCollaboration, variables: { input: { organizationId: ORG_OWN, partnerId: ORG_OTHER } }, watch: { kind: 'ORGANIZATION', id: ORG_OWN } };
    },
  },
  {
    name: 'setBroaderSkill',
    allowed: STAFF,
    prepare: async () => {
      const id = await fresh('SKILL');
      return { query: M.setBroaderSkill, variables: { input: { skillId: id, broaderId: SKILL } }, watch: { kind: 'SKILL', id } };
    },
  },
  {
    name: 'removeBroaderSkill',
    allowed: STAFF,
    prepare: async () => {
      const id = await fresh('SKILL');
      await setBroaderSkill(store, viewers.staff, { skillId: id, broaderId: SKILL });
      return { query: M.removeBroaderSkill, variables: { input: { skillId: id, broaderId: SKILL } }, watch: { kind: 'SKILL', id } };
    },
  },
  {
    name: 'addRelatedSkill',
    allowed: STAFF,
    prepare: async () => {
      const id = await fresh('SKILL');
      return { query: M.addRelatedSkill, variables: { input: { skillId: id, relatedId: SKILL_2 } }, watch: { kind: 'SKILL', id } };
    },
  },
  {
    name: 'removeRelatedSkill',
    allowed: STAFF,
    prepare: async () => {
      const id = await fresh('SKILL');
      await addRelatedSkill(store, viewers.staff, { skillId: SKILL_2, relatedId: id });
      return { query: M.removeRelatedSkill, variables: { input: { skillId: id, relatedId: SKILL_2 } }, watch: { kind: 'SKILL', id } };
    },
  },
  {
    name: 'setEventOrganizer',
    allowed: STAFF,
    prepare: async () => ({
      query: M.setEventOrganizer,
      variables: { input: { eventId: EVENT, organizationId: ORG_OWN, role: unique('ospite') } },
      watch: { kind: 'EVENT', id: EVENT },
    }),
  },
  {
    name: 'removeEventOrganizer',
    allowed: STAFF,
    prepare: async () => {
      await setEventOrganizer(store, viewers.staff, { eventId: EVENT, personId: KARIM, role: 'relatore' });
      return { query: M.removeEventOrganizer, variables: { input: { eventId: EVENT, personId: KARIM } }, watch: { kind: 'EVENT', id: EVENT } };
    },
  },
  {
    name: 'setEventTeacher',
    allowed: STAFF,
    prepare: async () => ({ query: M.setEventTeacher, variables: { input: { eventId: EVENT, personId: KARIM } }, watch: { kind: 'EVENT', id: EVENT } }),
  },
  {
    name: 'removeEventTeacher',
    allowed: STAFF,
    prepare: async () => {
      await setEventTeacher(store, viewers.staff, { eventId: EVENT, personId: KARIM });
      return { query: M.removeEventTeacher, variables: { input: { eventId: EVENT, personId: KARIM } }, watch: { kind: 'EVENT', id: EVENT } };
    },
  },
  {
    name: 'setEventSkills',
    allowed: STAFF,
    prepare: async () => ({
      query: M.setEventSkills,
      variables: { input: { eventId: EVENT, skillIds: serial++ % 2 ? [SKILL] : [SKILL, SKILL_2] } },
      watch: { kind: 'EVENT', id: EVENT },
    }),
  },
];

async function watched(watch: { kind: Kind | 'LIST'; id: string }): Promise<unknown> {
  return watch.kind === 'LIST' ? totalOf(watch.id as Kind) : snapshot(watch.kind, watch.id);
}

describe('who may curate what', () => {
  const rows = CASES.flatMap((c) => EVERYONE.map((who) => [c.name, who, c] as const));
  test.each(rows)('%s as %s', async (_name, who, c) => {
    const { query, variables, watch } = await c.prepare();
    const before = await watched(watch);
    const auditsBefore = await audits();
    const result = await runAs(store, viewers[who], query, variables);
    if (c.allowed.includes(who)) {
      expect(result.errors).toEqual([]);
      expect(await audits()).toBe(auditsBefore + 1);
    } else {
      expect(result.errors.map((e) => e.extensions?.code)).toEqual([who === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      expect(await audits()).toBe(auditsBefore);
      expect(await watched(watch)).toEqual(before);
    }
  });
});

describe('staff reads', () => {
  const LIST = `query($kind: EntityKind!, $state: [EntityState!], $query: String, $first: Int, $after: String) {
    curationList(kind: $kind, state: $state, query: $query, first: $first, after: $after) {
      totalCount stateCounts { state count } pageInfo { hasNextPage endCursor } edges { node { id name state slug } }
    }
  }`;
  const ENTITY = `query($kind: EntityKind!, $id: ID!) { curationEntity(kind: $kind, id: $id) { id name state version } }`;

  test.each(EVERYONE)('curationList as %s', async (who) => {
    const result = await runAs<{ curationList: { totalCount: number } }>(store, viewers[who], LIST, { kind: 'SKILL', first: 5 });
    if (STAFF.includes(who)) {
      expect(result.errors).toEqual([]);
      expect(result.data?.curationList.totalCount).toBeGreaterThanOrEqual(skillSlugs.length);
    } else {
      expect(result.errors.map((e) => e.extensions?.code)).toEqual([who === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    }
  });

  test.each(EVERYONE)('curationEntity of the manager’s organization as %s, of another as well', async (who) => {
    const own = await runAs(store, viewers[who], ENTITY, { kind: 'ORGANIZATION', id: ORG_OWN });
    const other = await runAs(store, viewers[who], ENTITY, { kind: 'ORGANIZATION', id: ORG_OTHER });
    const refusal = [who === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN'];
    expect(own.errors.map((e) => e.extensions?.code)).toEqual(['manager', ...STAFF].includes(who) ? [] : refusal);
    expect(other.errors.map((e) => e.extensions?.code)).toEqual(STAFF.includes(who) ? [] : refusal);
  });

  test('lists every state with counts, filters by state and text, and pages', async () => {
    const archived = await fresh('SKILL');
    await runAs(store, viewers.staff, M.archiveEntity, { input: { kind: 'SKILL', id: archived, version: 1 } });
    const all = await runAs<{ curationList: { totalCount: number; stateCounts: { state: string; count: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      store, viewers.staff, LIST, { kind: 'SKILL', first: 10 },
    );
    const counts = Object.fromEntries(all.data!.curationList.stateCounts.map((s) => [s.state, s.count]));
    expect(Object.keys(counts).sort()).toEqual(['ACTIVE', 'ARCHIVED', 'PENDING', 'REJECTED']);
    expect(counts.ARCHIVED).toBeGreaterThanOrEqual(1);
    expect(all.data!.curationList.totalCount).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
    expect(all.data!.curationList.pageInfo.hasNextPage).toBe(true);

    const onlyArchived = await runAs<{ curationList: { edges: { node: { id: string; state: string } }[] } }>(store, viewers.staff, LIST, {
      kind: 'SKILL',
      state: ['ARCHIVED'],
      first: 100,
    });
    const states = new Set(onlyArchived.data!.curationList.edges.map((e) => e.node.state));
    expect([...states]).toEqual(['ARCHIVED']);
    expect(onlyArchived.data!.curationList.edges.map((e) => e.node.id)).toContain(archived);

    const found = await runAs<{ curationList: { edges: { node: { slug: string } }[] } }>(store, viewers.staff, LIST, { kind: 'SKILL', query: 'FOTORITOCCO', first: 10 });
    expect(found.data!.curationList.edges.map((e) => e.node.slug)).toContain('fotoritocco');

    const next = await runAs<{ curationList: { edges: { node: { id: string } }[] } }>(store, viewers.staff, LIST, {
      kind: 'SKILL',
      first: 10,
      after: all.data!.curationList.pageInfo.endCursor,
    });
    expect(next.data!.curationList.edges).toHaveLength(10);

    const badCursor = await runAs(store, viewers.staff, LIST, { kind: 'SKILL', after: 'not-a-cursor' });
    expect(badCursor.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('optimistic concurrency', () => {
  test('a stale version is a CONFLICT carrying the current values, and writes nothing', async () => {
    const id = await fresh('SKILL');
    const first = await runAs(store, viewers.staff, M.updateSkill, { input: { id, version: 1, values: { name: 'Primo nome', aliases: [] } } });
    expect(first.errors).toEqual([]);
    const auditsBefore = await audits();
    const stale = await runAs(store, viewers.admin, M.updateSkill, { input: { id, version: 1, values: { name: 'Secondo nome' } } });
    expect(stale.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, current: { id, name: 'Primo nome', version: 2 } });
    expect(await audits()).toBe(auditsBefore);
    expect((await snapshot('SKILL', id))?.name).toBe('Primo nome');
  });

  test.each(['archiveEntity', 'deleteEntity'] as const)('%s with a stale version is a CONFLICT', async (mutation) => {
    const id = await fresh('SECTOR');
    await runAs(store, viewers.staff, M.updateSector, { input: { id, version: 1, values: { name: 'Nome nuovo' } } });
    const auditsBefore = await audits();
    const result = await runAs(store, viewers.staff, M[mutation], { input: { kind: 'SECTOR', id, version: 1 } });
    expect(result.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await audits()).toBe(auditsBefore);
    expect((await snapshot('SECTOR', id))?.state).toBe('ACTIVE');
  });
});

describe('bad input names the field and writes nothing', () => {
  const long = 'x'.repeat(5001);
  const cases: [string, string, Record<string, unknown>, string, string][] = [
    ['an empty name', M.createSkill, { name: '   ' }, 'BAD_USER_INPUT', 'name'],
    ['a name over 200 characters', M.createSector, { name: 'n'.repeat(201) }, 'BAD_USER_INPUT', 'name'],
    ['an oversized description', M.createOrganization, { name: 'Ok', kind: 'COMPANY', description: long }, 'BAD_USER_INPUT', 'description'],
    ['a malformed email', M.createPerson, { name: 'Ok', email: 'non-una-email', availability: 'OPEN', contactVisibility: 'PUBLIC' }, 'BAD_USER_INPUT', 'email'],
    ['a javascript: URL', M.createOrganization, { name: 'Ok', kind: 'COMPANY', website: 'javascript:alert(1)' }, 'BAD_USER_INPUT', 'website'],
    ['a malformed URL', M.createProject, { name: 'Ok', status: 'IDEA', callOpen: false, website: 'non è un indirizzo' }, 'BAD_USER_INPUT', 'website'],
    ['a malformed slug', M.createSkill, { name: 'Ok', slug: 'Non Va Bene' }, 'BAD_USER_INPUT', 'slug'],
    ['an end before the start', M.createEvent, { name: 'Ok', kind: 'TALK', startsAt: '2026-05-02T10:00:00Z', endsAt: '2026-05-01T10:00:00Z' }, 'BAD_USER_INPUT', 'endsAt'],
    ['a project ending before it starts', M.createProject, { name: 'Ok', status: 'IDEA', callOpen: false, startDate: '2026-05-02', endDate: '2026-05-01' }, 'BAD_USER_INPUT', 'endDate'],
    ['a duplicate slug', M.createSkill, { name: 'Un’altra fotografia', slug: 'fotografia' }, 'CONFLICT', 'slug'],
    ['a duplicate email', M.createPerson, { name: 'Doppione', email: 'MEMBRO@rizoma.example', availability: 'OPEN', contactVisibility: 'PUBLIC' }, 'CONFLICT', 'email'],
  ];

  test.each(cases)('%s', async (_what, query, input, code, field) => {
    if (field === 'email' && code === 'CONFLICT') {
      // The demo member's person record carries the member's address.
      const karim = await snapshot('PERSON', KARIM);
      await runAs(store, viewers.staff, M.updatePerson, {
        input: { id: KARIM, version: karim?.version, values: { name: 'Karim Benali', email: 'membro@rizoma.example', availability: 'OPEN', contactVisibility: 'MEMBERS' } },
      });
    }
    const auditsBefore = await audits();
    const result = await runAs(store, viewers.staff, query, { input });
    expect(result.errors[0]?.extensions).toMatchObject({ code, field });
    expect(await audits()).toBe(auditsBefore);
  });

  test('an update to another record’s slug is a CONFLICT naming slug; keeping one’s own is fine', async () => {
    const id = await fresh('SKILL');
    const taken = await runAs(store, viewers.staff, M.updateSkill, { input: { id, version: 1, values: { name: 'X', slug: 'fotoritocco' } } });
    expect(taken.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    const slug = (await snapshot('SKILL', id))?.slug;
    const same = await runAs(store, viewers.staff, M.updateSkill, { input: { id, version: 1, values: { name: 'X', slug } } });
    expect(same.errors).toEqual([]);
  });

  test('generated slugs are unique and follow the name', async () => {
    const a = await runAs<{ createSector: { record: { slug: string } } }>(store, viewers.staff, M.createSector, { input: { name: 'Economia Circolare!' } });
    const b = await runAs<{ createSector: { record: { slug: string } } }>(store, viewers.staff, M.createSector, { input: { name: 'Economia circolare' } });
    expect(a.data?.createSector.record.slug).toBe('economia-circolare');
    expect(b.data?.createSector.record.slug).toBe('economia-circolare-2');
  });

  test('a skill broader than itself, or a loop in BROADER, is refused naming broaderId', async () => {
    const top = await fresh('SKILL');
    const middle = await fresh('SKILL');
    const bottom = await fresh('SKILL');
    expect((await runAs(store, viewers.staff, M.setBroaderSkill, { input: { skillId: middle, broaderId: top } })).errors).toEqual([]);
    expect((await runAs(store, viewers.staff, M.setBroaderSkill, { input: { skillId: bottom, broaderId: middle } })).errors).toEqual([]);
    const auditsBefore = await audits();
    for (const input of [{ skillId: top, broaderId: top }, { skillId: top, broaderId: bottom }, { skillId: middle, broaderId: bottom }]) {
      const result = await runAs(store, viewers.staff, M.setBroaderSkill, { input });
      expect(result.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'broaderId' });
    }
    expect(await audits()).toBe(auditsBefore);
    expect((await snapshot('SKILL', top))?.broader).toEqual([]);
  });

  test('unknown records are NOT_FOUND', async () => {
    const result = await runAs(store, viewers.staff, M.setMembership, { input: { personId: 'nessuno', organizationId: ORG_OWN } });
    expect(result.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('what the public sees', () => {
  const PUBLIC_ORG = `query($slug: String!) { organization(slug: $slug) { id name } }`;

  test('archiving hides an organization from organization(slug); restoring shows it again', async () => {
    const slug = community.organizations.find((o) => o.slug === 'radio-cortile')!.slug;
    const id = seedId.organization(slug);
    expect((await postGraphQL<{ organization: unknown }>(PUBLIC_ORG, { slug })).body.data?.organization).not.toBeNull();
    const { cookie } = await sessionCookie(store, 'staff@rizoma.example');
    const version = await versionOf('ORGANIZATION', id);
    const archived = await postGraphQL(M.archiveEntity, { input: { kind: 'ORGANIZATION', id, version } }, { cookie });
    expect(archived.body.errors).toBeUndefined();
    expect((await postGraphQL<{ organization: unknown }>(PUBLIC_ORG, { slug })).body.data?.organization).toBeNull();
    const restored = await postGraphQL(M.restoreEntity, { input: { kind: 'ORGANIZATION', id, version: version + 1 } }, { cookie });
    expect(restored.body.errors).toBeUndefined();
    expect((await postGraphQL<{ organization: { id: string } }>(PUBLIC_ORG, { slug })).body.data?.organization?.id).toBe(id);
  });

  test('deleting removes the node and its relationships and leaves one audit entry with what it was', async () => {
    const id = await fresh('ORGANIZATION');
    await setMembership(store, viewers.staff, { personId: KARIM, organizationId: id, role: 'socio' });
    await setCollaboration(store, viewers.staff, { organizationId: id, partnerId: ORG_OWN });
    const slug = String((await snapshot('ORGANIZATION', id))?.slug);
    const auditsBefore = await audits();
    const result = await runAs(store, viewers.admin, M.deleteEntity, { input: { kind: 'ORGANIZATION', id, version: 1 } });
    expect(result.errors).toEqual([]);
    expect(await audits()).toBe(auditsBefore + 1);
    expect(await snapshot('ORGANIZATION', id)).toBeNull();
    const karim = await snapshot('PERSON', KARIM);
    expect((karim?.memberships as { target: { id: string } }[]).map((m) => m.target.id)).not.toContain(id);
    const partner = await snapshot('ORGANIZATION', ORG_OWN);
    expect((partner?.partners as { target: { id: string } }[]).map((p) => p.target.id)).not.toContain(id);
    const entries = await store.query(auditOf, { id });
    const last = entries[entries.length - 1];
    expect(last?.action).toBe('organization.delete');
    expect(JSON.parse(last?.before ?? '{}')).toMatchObject({ id, slug, kind: 'ASSOCIATION', website: 'https://esempio.it' });
    expect(last?.after).toBeNull();
  });

  test('a new skill with an alias is public at once and found by its alias', async () => {
    const created = await runAs<{ createSkill: { record: { slug: string } } }>(store, viewers.staff, M.createSkill, {
      input: { name: 'Cianotipia', nameEn: 'Cyanotype', aliases: ['stampa blu', 'stampa blu', ' '] },
    });
    expect(created.errors).toEqual([]);
    const slug = created.data!.createSkill.record.slug;
    const pub = await postGraphQL<{ skill: { name: string; aliases: string[] } }>(`query($slug: String!) { skill(slug: $slug) { name aliases } }`, { slug });
    expect(pub.body.data?.skill).toEqual({ name: 'Cianotipia', aliases: ['stampa blu'] });
    const search = await postGraphQL<{ search: { total: number } }>(`query { search(query: "stampa blu") { total } }`);
    expect(search.body.data?.search.total).toBeGreaterThan(0);
  });

  test('renaming a skill rewrites the searchText of the people who hold it', async () => {
    const id = seedId.skill('camera-oscura');
    const holders = community.people.filter((p) => p.skills.some((s) => s.skill === 'camera-oscura'));
    expect(holders.length).toBeGreaterThan(0);
    const version = await versionOf('SKILL', id);
    const result = await runAs(store, viewers.staff, M.updateSkill, {
      input: { id, version, values: { name: 'Camera oscura', nameEn: 'Darkroom printing', aliases: ['zzyzxstampa'] } },
    });
    expect(result.errors).toEqual([]);
    const people = await postGraphQL<{ search: { groups: { type: string; hits: { entity: { slug: string } }[] }[] } }>(
      `query { search(query: "zzyzxstampa", types: [PERSON]) { groups { type hits { entity { slug } } } } }`,
    );
    const slugs = (people.body.data?.search.groups ?? []).flatMap((g) => g.hits.map((h) => h.entity.slug));
    expect(slugs).toEqual(expect.arrayContaining(holders.map((h) => h.slug)));
  });
});

describe('the audit entry of an update', () => {
  test('records only the changed fields, before and after', async () => {
    const id = await fresh('SECTOR');
    const before = await snapshot('SECTOR', id);
    await runAs(store, viewers.staff, M.updateSector, { input: { id, version: 1, values: { name: before?.name, nameEn: 'Changed', description: 'Nuova' } } });
    const entries = await store.query(auditOf, { id });
    const last = entries[entries.length - 1];
    expect(last?.action).toBe('sector.update');
    expect(JSON.parse(last?.before ?? '{}')).toEqual({ nameEn: 'Test sector', description: null });
    expect(JSON.parse(last?.after ?? '{}')).toEqual({ nameEn: 'Changed', description: 'Nuova' });
  });
});

describe('the staff pages render', () => {
  async function as(email: string | null): Promise<void> {
    mockCookies = {};
    if (!email) return;
    const { cookie } = await sessionCookie(store, email);
    const at = cookie.indexOf('=');
    mockCookies[cookie.slice(0, at)] = cookie.slice(at + 1);
  }

  const html = async (element: Promise<ReactElement>) => renderToStaticMarkup(await element);
  const params = <T,>(value: T) => Promise.resolve(value);
  const index = async () => html((await import('@/app/staff/gestione/page')).default());
  const list = async (tipo: string, search: Record<string, string> = {}) =>
    html((await import('@/app/staff/gestione/[tipo]/page')).default({ params: params({ tipo }), searchParams: params(search) }));
  const create = async (tipo: string) => html((await import('@/app/staff/gestione/[tipo]/nuovo/page')).default({ params: params({ tipo }) }));
  const edit = async (tipo: string, id: string) =>
    html((await import('@/app/staff/gestione/[tipo]/[id]/page')).default({ params: params({ tipo, id }), searchParams: params({}) }));

  afterAll(() => {
    mockCookies = {};
  });

  test('the index lists every kind with counts', async () => {
    await as('staff@rizoma.example');
    const page = await index();
    expect(page).toContain('Gestione della rete');
    for (const plural of ['Persone', 'Organizzazioni', 'Progetti', 'Competenze', 'Settori', 'Eventi']) expect(page).toContain(plural);
  });

  test('a list filters by state and text', async () => {
    await as('admin@rizoma.example');
    const page = await list('organizzazioni', { stato: 'ACTIVE', q: 'ponti' });
    expect(page).toContain('Associazione Ponti Solidali');
    expect(page).not.toContain(community.organizations.find((o) => o.slug === 'datapiazza')!.name);
    expect(page).toContain('aria-current="page"');
  });

  test('the create form of a skill has its fields', async () => {
    await as('staff@rizoma.example');
    const page = await create('competenze');
    expect(page).toContain('Nuova competenza');
    expect(page).toContain('Altri nomi');
    expect(page).toContain('name="aliases"');
  });

  test.each([
    ['persone', KARIM, 'Karim Benali'],
    ['organizzazioni', ORG_OWN, 'Associazione Ponti Solidali'],
    ['progetti', PROJECT, project.name],
    ['competenze', SKILL, 'Fotografia'],
    ['settori', SECTOR, community.sectors[0]!.name],
    ['eventi', EVENT, event.name],
  ])('the edit page of %s renders the form, the links and the state actions', async (tipo, id, name) => {
    await as('staff@rizoma.example');
    const page = await edit(tipo, id);
    expect(page).toContain(name.replace(/'/g, '&#x27;'));
    expect(page).toContain('data-testid="entity-form"');
    expect(page).toContain('Stato della scheda');
  });

  test('a manager edits their organization and its members, nothing else', async () => {
    await as('gestore@rizoma.example');
    const own = await edit('organizzazioni', ORG_OWN);
    expect(own).toContain('data-testid="entity-form"');
    expect(own).toContain('data-testid="links-organizationMembers"');
    expect(own).not.toContain('data-testid="lifecycle"');
    expect(own).not.toContain('data-testid="links-partners"');
    const other = await edit('organizzazioni', ORG_OTHER);
    expect(other).toContain('data-testid="not-allowed"');
    expect(await edit('competenze', SKILL)).toContain('data-testid="not-allowed"');
    expect(await index()).toContain('data-testid="not-allowed"');
  });

  test('a member is refused readably; a visitor is sent to sign in', async () => {
    await as('membro@rizoma.example');
    expect(await list('persone')).toContain('Non hai accesso a questa pagina');
    await as(null);
    await expect(create('settori')).rejects.toMatchObject({
      digest: expect.stringContaining(encodeURIComponent('/staff/gestione/settori/nuovo')),
    });
  });
});
