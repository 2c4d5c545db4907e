import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Viewer } from '@/lib/auth/viewer';
import { defineQuery } from '@/lib/graph/query';
import { NODE } from '@/lib/graph/schema';
import type { GraphStore } from '@/lib/graph/store';
import { community } from '@/lib/seed/data';
import { seedId } from '@/lib/seed/load';
import { readyStore } from '@/lib/server/ready';
import { runAs, type ViewerResult } from '../support/as-viewer';
import { postGraphQL } from '../support/graphql-http';
import { sessionCookie, viewerOfEmail } from '../support/session';

/**
 * Member proposals and staff moderation over a real seeded Kùzu store: what members
 * propose stays invisible to the public until staff approve it; approval publishes it
 * and creates the relationships; rejection keeps it hidden and tells the proposer why;
 * who may do what; refusals write nothing; stale versions and bad input are typed errors.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-moderation-'));

const auditCount = defineQuery<{ n: number }>('test.moderation.auditCount', `MATCH (a:${NODE.AuditEntry}) RETURN count(a) AS n`);
const auditOf = defineQuery<{ action: string; note: string | null; actorId: string }>(
  'test.moderation.auditOf',
  `MATCH (a:${NODE.AuditEntry}) WHERE a.entityId = $id RETURN a.action AS action, a.note AS note, a.actorId AS actorId ORDER BY a.at`,
);

/** A skill as the member self-service proposes it (its own API is tested elsewhere). */
const createPendingSkill = defineQuery('test.moderation.pendingSkill', {
  kuzu: `CREATE (n:${NODE.Skill} {id: $id, slug: $slug, name: $name, aliases: $aliases, searchText: $searchText, state: 'PENDING',
           proposedBy: $proposedBy, version: 1, createdAt: timestamp($at), updatedAt: timestamp($at)})`,
  neo4j: `CREATE (n:${NODE.Skill} {id: $id, slug: $slug, name: $name, aliases: $aliases, searchText: $searchText, state: 'PENDING',
            proposedBy: $proposedBy, version: 1, createdAt: datetime($at), updatedAt: datetime($at)})`,
});

let store: GraphStore;
let member: Viewer;
let manager: Viewer;
let staff: Viewer;
let admin: Viewer;
const otherMember: Viewer = { accountId: 'account-of-giulia', personId: seedId.person('giulia-marchetti'), role: 'MEMBER' };

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  store = (await readyStore()).store;
  member = await viewerOfEmail(store, 'membro@rizoma.example');
  manager = await viewerOfEmail(store, 'gestore@rizoma.example');
  staff = await viewerOfEmail(store, 'staff@rizoma.example');
  admin = await viewerOfEmail(store, 'admin@rizoma.example');
}, 120_000);

afterAll(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// ------------------------------------------------------------------ operations

const ITEM = `id kind state version name slug proposedAt reviewNote proposer { name slug }
  fields { key value } from { id kind name slug isPublic } to { id kind name slug isPublic } payload { key value }`;

const PROPOSE_PROJECT = `mutation ($input: ProposeProjectInput!) { proposeProject(input: $input) { item { ${ITEM} } } }`;
const PROPOSE_ORGANIZATION = `mutation ($input: ProposeOrganizationInput!) { proposeOrganization(input: $input) { item { ${ITEM} } } }`;
const PROPOSE_MEMBERSHIP = `mutation ($organizationId: ID!, $input: ProposeMembershipInput!) {
  proposeMembership(organizationId: $organizationId, input: $input) { item { ${ITEM} } } }`;
const PROPOSE_CONTRIBUTION = `mutation ($projectId: ID!, $input: ProposeContributionInput!) {
  proposeContribution(projectId: $projectId, input: $input) { item { ${ITEM} } } }`;
const PROPOSE_COLLABORATION = `mutation ($organizationId: ID!, $partnerOrganizationId: ID!, $input: ProposeCollaborationInput!) {
  proposeCollaboration(organizationId: $organizationId, partnerOrganizationId: $partnerOrganizationId, input: $input) { item { ${ITEM} } } }`;
const APPROVE = `mutation ($kind: ModerationKind!, $id: ID!, $version: Int!) { approve(kind: $kind, id: $id, version: $version) { item { ${ITEM} } } }`;
const REJECT = `mutation ($kind: ModerationKind!, $id: ID!, $version: Int!, $reason: String) {
  reject(kind: $kind, id: $id, version: $version, reason: $reason) { item { ${ITEM} } } }`;
const QUEUE = `query ($kind: ModerationKind, $first: Int, $after: String) {
  moderationQueue(kind: $kind, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${ITEM} } } } }`;
const COUNTS = `{ moderationCounts { total byKind { kind count } } }`;
const MINE = `{ myProposals { ${ITEM} } }`;

interface Item {
  id: string;
  kind: string;
  state: string;
  version: number;
  name: string | null;
  slug: string | null;
  proposedAt: string | null;
  reviewNote: string | null;
  proposer: { name: string | null; slug: string | null } | null;
  fields: { key: string; value: string }[];
  from: { id: string; kind: string; name: string | null; slug: string | null; isPublic: boolean } | null;
  to: { id: string; kind: string; name: string | null; slug: string | null; isPublic: boolean } | null;
  payload: { key: string; value: string }[];
}

function code(result: ViewerResult<unknown>): unknown {
  return result.errors[0]?.extensions?.code;
}
function field(result: ViewerResult<unknown>): unknown {
  return result.errors[0]?.extensions?.field;
}

async function audits(): Promise<number> {
  return (await store.query(auditCount))[0]?.n ?? 0;
}

function item<K extends string>(result: ViewerResult<Record<K, { item: Item }>>, key: K): Item {
  if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors));
  const found = result.data?.[key]?.item;
  if (!found) throw new Error(`no ${key} item`);
  return found;
}

let counter = 0;
function projectInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    name: `Archivio sonoro del cortile ${counter}`,
    summary: 'Registrazioni dei suoni di Garbatella, raccolte dagli abitanti.',
    description: 'Un archivio aperto di suoni, voci e racconti del quartiere.',
    status: 'IDEA',
    website: 'https://archivio-sonoro.example',
    sectorIds: [seedId.sector(community.sectors[0]!.slug)],
    openCall: 'Cerchiamo fonici e montatori audio.',
    ...overrides,
  };
}

function organizationInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    name: `Collettivo Eco del Lotto ${counter}`,
    kind: 'COLLECTIVE',
    description: 'Un collettivo di abitanti che cura gli spazi comuni dei lotti.',
    website: 'https://eco-del-lotto.example',
    email: 'ciao@eco-del-lotto.example',
    location: 'Garbatella, Roma',
    ...overrides,
  };
}

const proposeProject = (viewer: Viewer | null, input = projectInput()) =>
  runAs<{ proposeProject: { item: Item } }>(store, viewer, PROPOSE_PROJECT, { input });
const proposeOrganization = (viewer: Viewer | null, input = organizationInput()) =>
  runAs<{ proposeOrganization: { item: Item } }>(store, viewer, PROPOSE_ORGANIZATION, { input });
const approve = (viewer: Viewer | null, it: Pick<Item, 'kind' | 'id' | 'version'>) =>
  runAs<{ approve: { item: Item } }>(store, viewer, APPROVE, { kind: it.kind, id: it.id, version: it.version });
const reject = (viewer: Viewer | null, it: Pick<Item, 'kind' | 'id' | 'version'>, reason: string | null) =>
  runAs<{ reject: { item: Item } }>(store, viewer, REJECT, { kind: it.kind, id: it.id, version: it.version, reason });
const mine = async (viewer: Viewer) => {
  const result = await runAs<{ myProposals: Item[] }>(store, viewer, MINE);
  if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors));
  return result.data?.myProposals ?? [];
};

// ------------------------------------------------------------------ public reads

async function publicProject(slug: string) {
  const r = await runAs<{ project: { id: string; contributors: { person: { slug: string } | null; role: string | null }[] } | null }>(
    store,
    null,
    `query ($slug: String!) { project(slug: $slug) { id contributors { person { slug } role } } }`,
    { slug },
  );
  return r.data?.project ?? null;
}

async function publicOrganization(slug: string) {
  const r = await runAs<{
    organization: {
      id: string;
      members: { person: { slug: string }; isManager: boolean; role: string | null }[];
      partners: { organization: { slug: string }; note: string | null }[];
    } | null;
  }>(
    store,
    null,
    `query ($slug: String!) { organization(slug: $slug) { id members { person { slug } isManager role } partners { organization { slug } note } } }`,
    { slug },
  );
  return r.data?.organization ?? null;
}

async function publicPerson(slug: string) {
  const r = await runAs<{
    person: { organizations: { organization: { id: string; slug: string } }[]; projects: { project: { id: string; slug: string } }[] } | null;
  }>(
    store,
    null,
    `query ($slug: String!) { person(slug: $slug) { organizations { organization { id slug } } projects { project { id slug } } } }`,
    { slug },
  );
  const person = r.data?.person;
  if (!person) throw new Error(`no person ${slug}`);
  return person;
}

async function searchSlugs(query: string): Promise<string[]> {
  const r = await runAs<{ search: { groups: { hits: { entity: { slug: string } }[] }[] } }>(
    store,
    null,
    `query ($q: String!) { search(query: $q, first: 20) { groups { hits { entity { slug } } } } }`,
    { q: query },
  );
  return (r.data?.search.groups ?? []).flatMap((g) => g.hits.map((h) => h.entity.slug));
}

async function listedSlugs(list: 'projects' | 'organizations'): Promise<string[]> {
  const r = await runAs<Record<string, { edges: { node: { slug: string } }[] }>>(store, null, `{ ${list}(first: 100) { edges { node { slug } } } }`);
  return r.data?.[list]?.edges.map((e) => e.node.slug) ?? [];
}

async function stats() {
  const r = await runAs<{ stats: { projects: number; organizations: number; collaborations: number } }>(
    store,
    null,
    '{ stats { projects organizations collaborations } }',
  );
  return r.data!.stats;
}

/** Every way the public could see a proposed project or organization. */
async function publiclyVisible(kind: 'project' | 'organization', slug: string, name: string): Promise<boolean[]> {
  const page = kind === 'project' ? await publicProject(slug) : await publicOrganization(slug);
  const listed = (await listedSlugs(kind === 'project' ? 'projects' : 'organizations')).includes(slug);
  const found = (await searchSlugs(name)).includes(slug);
  return [page !== null, listed, found];
}

// ------------------------------------------------------------------ tests

describe('proposed projects and organizations', () => {
  test('a member’s project stays invisible to the public until staff approve it; approval publishes it with its proposer', async () => {
    const before = await stats();
    const input = projectInput();
    const proposed = item(await proposeProject(member, input), 'proposeProject');
    expect(proposed).toMatchObject({ kind: 'PROJECT', state: 'PENDING', version: 1, name: input.name, proposer: { slug: 'karim-benali' } });
    expect(proposed.fields).toEqual(expect.arrayContaining([{ key: 'summary', value: input.summary }, { key: 'status', value: 'IDEA' }]));
    expect(proposed.fields.find((f) => f.key === 'sectors')?.value).toBe(community.sectors[0]!.name);
    const slug = proposed.slug!;

    expect(await publiclyVisible('project', slug, input.name)).toEqual([false, false, false]);
    expect((await stats()).projects).toBe(before.projects);
    expect((await publicPerson('karim-benali')).projects.map((p) => p.project.slug)).not.toContain(slug);
    // Even signed in, the directory does not show it.
    expect((await runAs<{ project: unknown }>(store, member, `{ project(slug: "${slug}") { id } }`)).data?.project).toBeNull();

    const audited = await audits();
    const approved = item(await approve(staff, proposed), 'approve');
    expect(approved).toMatchObject({ state: 'APPROVED', version: 2 });
    expect(await audits()).toBe(audited + 1);
    expect(await publiclyVisible('project', slug, input.name)).toEqual([true, true, true]);
    expect((await stats()).projects).toBe(before.projects + 1);
    const page = await publicProject(slug);
    expect(page?.contributors.map((c) => c.person?.slug)).toContain('karim-benali');
    expect((await publicPerson('karim-benali')).projects.map((p) => p.project.slug)).toContain(slug);
    expect((await mine(member)).find((m) => m.id === proposed.id)).toMatchObject({ state: 'APPROVED' });
    expect((await store.query(auditOf, { id: proposed.id })).map((a) => a.action)).toEqual(['moderation.propose', 'moderation.approve']);
  });

  test('a member’s organization becomes public on approval, with the proposer as managing member', async () => {
    const input = organizationInput({ sectorIds: [seedId.sector(community.sectors[1]!.slug)] });
    const proposed = item(await proposeOrganization(member, input), 'proposeOrganization');
    const slug = proposed.slug!;
    expect(proposed).toMatchObject({ kind: 'ORGANIZATION', state: 'PENDING' });
    expect(await publiclyVisible('organization', slug, input.name)).toEqual([false, false, false]);
    expect((await publicPerson('karim-benali')).organizations.map((o) => o.organization.slug)).not.toContain(slug);

    item(await approve(admin, proposed), 'approve');
    expect(await publiclyVisible('organization', slug, input.name)).toEqual([true, true, true]);
    const page = await publicOrganization(slug);
    expect(page?.members).toEqual([expect.objectContaining({ person: { slug: 'karim-benali' }, isManager: true })]);
  });

  test('rejection keeps it hidden and the proposer reads the reason', async () => {
    const input = projectInput();
    const proposed = item(await proposeProject(member, input), 'proposeProject');
    const audited = await audits();
    const rejected = item(await reject(staff, proposed, '  Esiste già un progetto simile: unitevi a quello.  '), 'reject');
    expect(rejected).toMatchObject({ state: 'REJECTED', reviewNote: 'Esiste già un progetto simile: unitevi a quello.' });
    expect(await audits()).toBe(audited + 1);
    expect((await store.query(auditOf, { id: proposed.id })).at(-1)).toMatchObject({
      action: 'moderation.reject',
      note: 'Esiste già un progetto simile: unitevi a quello.',
      actorId: staff.accountId,
    });
    expect(await publiclyVisible('project', proposed.slug!, input.name)).toEqual([false, false, false]);
    expect((await mine(member)).find((m) => m.id === proposed.id)).toMatchObject({
      state: 'REJECTED',
      reviewNote: 'Esiste già un progetto simile: unitevi a quello.',
    });
    // Nobody else sees it among their proposals.
    expect((await mine(manager)).map((m) => m.id)).not.toContain(proposed.id);
    // The name is free again: a new proposal gets the next slug.
    const again = item(await proposeProject(member, { ...input }), 'proposeProject');
    expect(again.slug).toBe(`${proposed.slug}-2`);
  });

  test('duplicates are refused with CONFLICT naming the name, and write nothing', async () => {
    const input = projectInput();
    item(await proposeProject(member, input), 'proposeProject');
    const audited = await audits();
    const twice = await proposeProject(otherMember, { ...input, name: `  ${input.name.toUpperCase()} ` });
    expect(code(twice)).toBe('CONFLICT');
    expect(field(twice)).toBe('name');
    const seeded = community.projects[0]!;
    const existing = await proposeProject(member, projectInput({ name: seeded.name }));
    expect(code(existing)).toBe('CONFLICT');
    const org = await proposeOrganization(member, organizationInput({ name: community.organizations[0]!.name }));
    expect(code(org)).toBe('CONFLICT');
    expect(await audits()).toBe(audited);
  });
});

describe('proposed skills', () => {
  test('a pending skill joins the queue as SKILL and approval publishes it', async () => {
    const id = `skill-${Date.now()}`;
    await store.mutate(createPendingSkill, {
      id,
      slug: 'microfonia-da-campo',
      name: 'Microfonia da campo',
      aliases: ['field recording'],
      searchText: 'microfonia da campo | field recording',
      proposedBy: member.accountId,
      at: new Date().toISOString(),
    });
    const skill = `{ skill(slug: "microfonia-da-campo") { id } }`;
    expect((await runAs<{ skill: unknown }>(store, null, skill)).data?.skill).toBeNull();
    const queue = await runAs<{ moderationQueue: { edges: { node: Item }[] } }>(store, staff, QUEUE, { kind: 'SKILL' });
    const queued = queue.data!.moderationQueue.edges.map((e) => e.node).find((n) => n.id === id);
    expect(queued).toMatchObject({ kind: 'SKILL', name: 'Microfonia da campo', proposer: { name: 'Karim Benali' } });
    expect(queued?.fields).toContainEqual({ key: 'aliases', value: 'field recording' });
    expect((await mine(member)).find((m) => m.id === id)).toMatchObject({ kind: 'SKILL', state: 'PENDING' });
    item(await approve(staff, queued!), 'approve');
    expect((await runAs<{ skill: { id: string } | null }>(store, null, skill)).data?.skill?.id).toBe(id);
  });
});

describe('proposed relationships', () => {
  async function organizationNotJoinedBy(personSlug: string): Promise<string> {
    const joined = new Set((await publicPerson(personSlug)).organizations.map((o) => o.organization.slug));
    const free = community.organizations.find((o) => !joined.has(o.slug));
    if (!free) throw new Error('no free organization');
    return free.slug;
  }

  test('a membership waits as a proposal, hidden from the organization and the person, until approved', async () => {
    const orgSlug = await organizationNotJoinedBy('karim-benali');
    const orgId = seedId.organization(orgSlug);
    const result = await runAs<{ proposeMembership: { item: Item } }>(store, member, PROPOSE_MEMBERSHIP, {
      organizationId: orgId,
      input: { role: 'videomaker', since: '2025-03-01' },
    });
    const proposed = item(result, 'proposeMembership');
    expect(proposed).toMatchObject({
      kind: 'MEMBERSHIP',
      state: 'PENDING',
      from: { kind: 'PERSON', slug: 'karim-benali', isPublic: true },
      to: { kind: 'ORGANIZATION', slug: orgSlug },
    });
    expect(proposed.payload).toEqual([
      { key: 'role', value: 'videomaker' },
      { key: 'since', value: '2025-03-01' },
    ]);
    expect((await publicOrganization(orgSlug))?.members.map((m) => m.person.slug)).not.toContain('karim-benali');
    expect((await publicPerson('karim-benali')).organizations.map((o) => o.organization.slug)).not.toContain(orgSlug);

    // The same proposal twice is a CONFLICT.
    const again = await runAs(store, member, PROPOSE_MEMBERSHIP, { organizationId: orgId, input: { role: 'altro' } });
    expect(code(again)).toBe('CONFLICT');

    item(await approve(staff, proposed), 'approve');
    const members = (await publicOrganization(orgSlug))?.members ?? [];
    expect(members).toContainEqual(expect.objectContaining({ person: { slug: 'karim-benali' }, role: 'videomaker', isManager: false }));
    expect((await publicPerson('karim-benali')).organizations.map((o) => o.organization.slug)).toContain(orgSlug);

    // Now a member: proposing it again is refused as existing.
    const existing = await runAs(store, member, PROPOSE_MEMBERSHIP, { organizationId: orgId, input: { role: 'videomaker' } });
    expect(code(existing)).toBe('CONFLICT');
    expect(field(existing)).toBe('organizationId');
  });

  test('a contribution is created on approval; an unknown or non-public project is NOT_FOUND', async () => {
    const mineNow = new Set((await publicPerson('karim-benali')).projects.map((p) => p.project.slug));
    const project = community.projects.find((p) => !mineNow.has(p.slug))!;
    const proposed = item(
      await runAs<{ proposeContribution: { item: Item } }>(store, member, PROPOSE_CONTRIBUTION, {
        projectId: seedId.project(project.slug),
        input: { role: 'riprese e montaggio' },
      }),
      'proposeContribution',
    );
    expect((await publicProject(project.slug))?.contributors.map((c) => c.person?.slug)).not.toContain('karim-benali');
    item(await approve(staff, proposed), 'approve');
    expect((await publicProject(project.slug))?.contributors).toContainEqual({ person: { slug: 'karim-benali' }, role: 'riprese e montaggio' });

    const unknown = await runAs(store, member, PROPOSE_CONTRIBUTION, { projectId: 'nope', input: { role: 'x' } });
    expect(code(unknown)).toBe('NOT_FOUND');
    // A pending project is not public: nobody can join it through a proposal.
    const pending = item(await proposeProject(otherMember), 'proposeProject');
    const toPending = await runAs(store, member, PROPOSE_CONTRIBUTION, { projectId: pending.id, input: { role: 'x' } });
    expect(code(toPending)).toBe('NOT_FOUND');
  });

  test('only a member of the first organization may propose a collaboration; approval links the two', async () => {
    const own = (await publicPerson('francesca-deluca')).organizations[0]!.organization;
    const partners = new Set((await publicOrganization(own.slug))!.partners.map((p) => p.organization.slug));
    const partner = community.organizations.find((o) => o.slug !== own.slug && !partners.has(o.slug))!;
    const vars = { organizationId: own.id, partnerOrganizationId: seedId.organization(partner.slug), input: { note: 'Laboratori di quartiere insieme.' } };

    const audited = await audits();
    const outsider = await runAs(store, member, PROPOSE_COLLABORATION, vars);
    expect(code(outsider)).toBe('FORBIDDEN');
    const self = await runAs(store, manager, PROPOSE_COLLABORATION, { ...vars, partnerOrganizationId: own.id });
    expect(code(self)).toBe('BAD_USER_INPUT');
    expect(field(self)).toBe('partnerOrganizationId');
    expect(await audits()).toBe(audited);

    const collaborations = (await stats()).collaborations;
    const proposed = item(await runAs<{ proposeCollaboration: { item: Item } }>(store, manager, PROPOSE_COLLABORATION, vars), 'proposeCollaboration');
    expect(proposed).toMatchObject({ kind: 'COLLABORATION', from: { slug: own.slug }, to: { slug: partner.slug } });
    // The reverse direction is the same proposal.
    const reverse = await runAs(store, staff, PROPOSE_COLLABORATION, { ...vars, organizationId: vars.partnerOrganizationId, partnerOrganizationId: own.id });
    expect(['CONFLICT', 'FORBIDDEN']).toContain(code(reverse));
    expect((await publicOrganization(own.slug))!.partners.map((p) => p.organization.slug)).not.toContain(partner.slug);
    expect((await stats()).collaborations).toBe(collaborations);

    item(await approve(staff, proposed), 'approve');
    expect((await publicOrganization(own.slug))!.partners).toContainEqual({ organization: { slug: partner.slug }, note: 'Laboratori di quartiere insieme.' });
    expect((await stats()).collaborations).toBe(collaborations + 1);
  });
});

describe('the queue and who may use it', () => {
  test('staff and admins read the queue with counts, proposer and date; pages follow cursors', async () => {
    item(await proposeProject(member), 'proposeProject');
    item(await proposeOrganization(member), 'proposeOrganization');
    for (const viewer of [staff, admin]) {
      const counts = await runAs<{ moderationCounts: { total: number; byKind: { kind: string; count: number }[] } }>(store, viewer, COUNTS);
      const byKind = counts.data!.moderationCounts.byKind;
      expect(byKind.map((k) => k.kind)).toEqual(['SKILL', 'PROJECT', 'ORGANIZATION', 'MEMBERSHIP', 'CONTRIBUTION', 'COLLABORATION']);
      expect(counts.data!.moderationCounts.total).toBe(byKind.reduce((n, k) => n + k.count, 0));
      const queue = await runAs<{ moderationQueue: { totalCount: number; edges: { node: Item }[] } }>(store, viewer, QUEUE, { first: 100 });
      expect(queue.errors).toEqual([]);
      expect(queue.data!.moderationQueue.totalCount).toBe(counts.data!.moderationCounts.total);
      const nodes = queue.data!.moderationQueue.edges.map((e) => e.node);
      expect(nodes.every((n) => n.state === 'PENDING' && n.proposedAt)).toBe(true);
      expect(nodes.some((n) => n.proposer?.name === 'Karim Benali')).toBe(true);
      const times = nodes.map((n) => n.proposedAt!);
      expect([...times].sort()).toEqual(times);
    }
    const projects = await runAs<{ moderationQueue: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Item }[] } }>(
      store,
      staff,
      QUEUE,
      { kind: 'PROJECT', first: 1 },
    );
    const first = projects.data!.moderationQueue;
    expect(first.edges.map((e) => e.node.kind)).toEqual(['PROJECT']);
    if (first.totalCount > 1) {
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = await runAs<{ moderationQueue: { edges: { node: Item }[] } }>(store, staff, QUEUE, { kind: 'PROJECT', first: 1, after: first.pageInfo.endCursor });
      expect(next.data!.moderationQueue.edges[0]?.node.id).not.toBe(first.edges[0]?.node.id);
    }
    const badCursor = await runAs(store, staff, QUEUE, { after: 'not-a-cursor' });
    expect(code(badCursor)).toBe('BAD_USER_INPUT');
    expect(field(badCursor)).toBe('after');
  });

  test('visitors are UNAUTHENTICATED and members FORBIDDEN for the staff operations; refusals write nothing', async () => {
    const proposed = item(await proposeProject(member), 'proposeProject');
    const audited = await audits();
    for (const [viewer, expected] of [
      [null, 'UNAUTHENTICATED'],
      [member, 'FORBIDDEN'],
      [otherMember, 'FORBIDDEN'],
      [manager, 'FORBIDDEN'],
    ] as const) {
      expect(code(await runAs(store, viewer, QUEUE))).toBe(expected);
      expect(code(await runAs(store, viewer, COUNTS))).toBe(expected);
      expect(code(await approve(viewer, proposed))).toBe(expected);
      expect(code(await reject(viewer, proposed, 'Non mi piace affatto.'))).toBe(expected);
    }
    expect(await audits()).toBe(audited);
    expect((await mine(member)).find((m) => m.id === proposed.id)).toMatchObject({ state: 'PENDING', version: 1 });
  });

  test('visitors may not propose nor read proposals; any signed-in account may propose', async () => {
    const audited = await audits();
    expect(code(await proposeProject(null))).toBe('UNAUTHENTICATED');
    expect(code(await proposeOrganization(null))).toBe('UNAUTHENTICATED');
    expect(code(await runAs(store, null, PROPOSE_MEMBERSHIP, { organizationId: seedId.organization('ponti-solidali'), input: { role: 'x' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(code(await runAs(store, null, MINE))).toBe('UNAUTHENTICATED');
    expect(await audits()).toBe(audited);
    // Over HTTP, with a real session cookie.
    const { cookie } = await sessionCookie(store, 'staff@rizoma.example');
    const viaHttp = await postGraphQL<{ proposeProject: { item: Item } }>(PROPOSE_PROJECT, { input: projectInput() }, { cookie });
    expect(viaHttp.body.errors).toBeUndefined();
    expect(viaHttp.body.data?.proposeProject.item).toMatchObject({ state: 'PENDING', proposer: { slug: 'matteo-loiacono' } });
    const anonymous = await postGraphQL(APPROVE, { kind: 'PROJECT', id: viaHttp.body.data!.proposeProject.item.id, version: 1 });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a stale version is a CONFLICT with the current version; a reviewed item cannot be reviewed again', async () => {
    const proposed = item(await proposeProject(member), 'proposeProject');
    const audited = await audits();
    const stale = await approve(staff, { ...proposed, version: proposed.version + 1 });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors[0]?.extensions?.currentVersion).toBe(1);
    expect(await audits()).toBe(audited);
    item(await approve(staff, proposed), 'approve');
    const twice = await reject(admin, proposed, 'Troppo tardi per questo.');
    expect(code(twice)).toBe('CONFLICT');
    const current = await reject(admin, { ...proposed, version: 2 }, 'Troppo tardi per questo.');
    expect(code(current)).toBe('CONFLICT');
    expect(await audits()).toBe(audited + 1);
    // The wrong kind for an id is NOT_FOUND, never a review of something else.
    expect(code(await approve(staff, { ...proposed, kind: 'MEMBERSHIP' }))).toBe('NOT_FOUND');
  });
});

describe('bad input', () => {
  test('a reason is required, 3 to 1000 characters', async () => {
    const proposed = item(await proposeProject(member), 'proposeProject');
    const audited = await audits();
    for (const reason of [null, '', '  ab  ', 'x'.repeat(1001)]) {
      const result = await reject(staff, proposed, reason);
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(field(result)).toBe('reason');
    }
    expect(await audits()).toBe(audited);
  });

  test.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a name of punctuation only', { name: '!!!' }, 'name'],
    ['an oversized name', { name: 'n'.repeat(201) }, 'name'],
    ['an empty summary', { summary: '' }, 'summary'],
    ['an oversized description', { description: 'd'.repeat(5001) }, 'description'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'website'],
    ['an unknown sector', { sectorIds: ['no-such-sector'] }, 'sectorIds.0'],
  ])('a project with %s is BAD_USER_INPUT naming the field, and writes nothing', async (_what, overrides, expectedField) => {
    const audited = await audits();
    const result = await proposeProject(member, projectInput(overrides));
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(field(result)).toBe(expectedField);
    expect(await audits()).toBe(audited);
  });

  test.each([
    ['a malformed email', { email: 'non-una-email' }, 'email'],
    ['an ftp website', { website: 'ftp://example.org' }, 'website'],
    ['an empty description', { description: ' ' }, 'description'],
    ['an oversized location', { location: 'l'.repeat(201) }, 'location'],
  ])('an organization with %s is BAD_USER_INPUT naming the field', async (_what, overrides, expectedField) => {
    const result = await proposeOrganization(member, organizationInput(overrides));
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(field(result)).toBe(expectedField);
  });

  test('an unknown enum value is refused over HTTP before any resolver runs', async () => {
    const { cookie } = await sessionCookie(store, 'membro@rizoma.example');
    const audited = await audits();
    const result = await postGraphQL(PROPOSE_ORGANIZATION, { input: organizationInput({ kind: 'CARTEL' }) }, { cookie });
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await audits()).toBe(audited);
  });

  test('relationship proposals check their role, date and note', async () => {
    const organizationId = seedId.organization('hub-garbatella');
    const empty = await runAs(store, member, PROPOSE_MEMBERSHIP, { organizationId, input: { role: ' ' } });
    expect(field(empty)).toBe('role');
    const future = await runAs(store, member, PROPOSE_MEMBERSHIP, { organizationId, input: { role: 'socio', since: '2999-01-01' } });
    expect(field(future)).toBe('since');
    const note = await runAs(store, manager, PROPOSE_COLLABORATION, {
      organizationId: seedId.organization('ponti-solidali'),
      partnerOrganizationId: organizationId,
      input: { note: 'n'.repeat(1001) },
    });
    expect(field(note)).toBe('note');
  });
});
