import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { community } from '@/lib/seed/data';
import { loadCommunity, seedId } from '@/lib/seed/load';
import { readyStore } from '@/lib/server/ready';
import { communityStats } from '@/lib/directory/read';
import { getGraphQL, postGraphQL } from '../support/graphql-http';

/**
 * The GraphQL endpoint over a real embedded store in a temporary folder, seeded with the
 * demo community the way a first start seeds it.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-int-'));

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  const { seeded } = await readyStore();
  expect(seeded).not.toBeNull();
}, 120_000);

afterAll(async () => {
  const { store } = await readyStore();
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const hub = community.organizations.find((o) => o.kind === 'HUB')!;
const publicPerson = community.people.find((p) => p.contactVisibility === 'PUBLIC')!;
const membersOnlyPerson = community.people.find((p) => p.contactVisibility === 'MEMBERS')!;
const projectWithCall = community.projects.find((p) => p.openCall?.open && p.needs.length > 0)!;
const skillWithBroader = community.skills.find((s) => s.broader)!;
const course = community.events.find((e) => e.kind === 'COURSE')!;

describe('stats', () => {
  test('counts the seeded community', async () => {
    const res = await postGraphQL<{ stats: Record<string, number> }>(
      '{ stats { people organizations skills sectors projects events collaborations openCalls } }',
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.stats).toEqual({
      people: community.people.length,
      organizations: community.organizations.length,
      skills: community.skills.length,
      sectors: community.sectors.length,
      projects: community.projects.length,
      events: community.events.length,
      collaborations: community.collaborations.length,
      openCalls: community.projects.filter((p) => p.openCall?.open).length,
    });
  });
});

describe('lookups by slug', () => {
  test('person: skills with levels, organizations, projects and events', async () => {
    const res = await postGraphQL<{ person: Record<string, unknown> & { skills: { level: number; skill: { slug: string } }[]; organizations: { organization: { slug: string } }[] } }>(
      `query ($slug: String!) { person(slug: $slug) {
         id slug name headline availability
         skills { level since skill { slug name nameEn } }
         organizations { role isManager since organization { slug name kind } }
         projects { role project { slug } }
         events { role event { slug } }
       } }`,
      { slug: publicPerson.slug },
    );
    expect(res.body.errors).toBeUndefined();
    const person = res.body.data?.person;
    expect(person?.id).toBe(seedId.person(publicPerson.slug));
    expect(person?.name).toBe(publicPerson.name);
    expect(person?.skills.map((s) => s.skill.slug).sort()).toEqual(publicPerson.skills.map((s) => s.skill).sort());
    const levels = person?.skills.map((s) => s.level) ?? [];
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
    expect(person?.organizations.map((m) => m.organization.slug).sort()).toEqual(
      publicPerson.memberships.map((m) => m.organization).sort(),
    );
  });

  test('organization: members, sectors, projects and partners', async () => {
    const res = await postGraphQL<{ organization: { kind: string; members: { person: { slug: string }; isManager: boolean }[]; sectors: { slug: string }[]; partners: { organization: { slug: string } }[] } }>(
      `query ($slug: String!) { organization(slug: $slug) {
         name kind description foundedYear
         members { role isManager person { slug name } }
         sectors { slug name }
         projects { role project { slug name } }
         partners { since note organization { slug } }
       } }`,
      { slug: hub.slug },
    );
    expect(res.body.errors).toBeUndefined();
    const org = res.body.data?.organization;
    expect(org?.kind).toBe('HUB');
    const expectedMembers = community.people.filter((p) => p.memberships.some((m) => m.organization === hub.slug));
    expect(org?.members.map((m) => m.person.slug).sort()).toEqual(expectedMembers.map((p) => p.slug).sort());
    expect(org?.members.some((m) => m.isManager)).toBe(true);
    expect(org?.sectors.map((s) => s.slug).sort()).toEqual([...hub.sectors].sort());
    const partners = community.collaborations
      .filter((c) => c.from === hub.slug || c.to === hub.slug)
      .map((c) => (c.from === hub.slug ? c.to : c.from));
    expect(org?.partners.map((p) => p.organization.slug).sort()).toEqual(partners.sort());
  });

  test('project: contributors across organizations, needs and its open call', async () => {
    const res = await postGraphQL<{ project: { callOpen: boolean; openCall: string; contributors: { person: { slug: string } | null; organization: { slug: string } | null }[]; needs: { level: number; skill: { slug: string } }[] } }>(
      `query ($slug: String!) { project(slug: $slug) {
         name status startDate callOpen openCall
         sectors { slug }
         contributors { role person { slug } organization { slug } }
         needs { level note skill { slug name } }
       } }`,
      { slug: projectWithCall.slug },
    );
    expect(res.body.errors).toBeUndefined();
    const project = res.body.data?.project;
    expect(project?.callOpen).toBe(true);
    expect(project?.openCall).toBe(projectWithCall.openCall?.text);
    expect(project?.needs.map((n) => n.skill.slug).sort()).toEqual(projectWithCall.needs.map((n) => n.skill).sort());
    const people = project?.contributors.flatMap((c) => (c.person ? [c.person.slug] : [])) ?? [];
    const orgs = project?.contributors.flatMap((c) => (c.organization ? [c.organization.slug] : [])) ?? [];
    expect(people.sort()).toEqual(projectWithCall.contributors.map((c) => c.person).sort());
    expect(orgs.sort()).toEqual(projectWithCall.organizations.map((o) => o.organization).sort());
  });

  test('skill: broader, narrower, related and the people who have it', async () => {
    const res = await postGraphQL<{ skill: { nameEn: string; aliases: string[]; broader: { slug: string }[]; people: { level: number }[] } }>(
      `query ($slug: String!) { skill(slug: $slug) {
         name nameEn aliases broader { slug } narrower { slug } related { slug }
         people { level person { slug } } neededBy { project { slug } } events { slug }
       } }`,
      { slug: skillWithBroader.slug },
    );
    expect(res.body.errors).toBeUndefined();
    const skill = res.body.data?.skill;
    expect(skill?.nameEn).toBe(skillWithBroader.nameEn);
    expect(skill?.aliases).toEqual(skillWithBroader.aliases);
    expect(skill?.broader.map((b) => b.slug)).toEqual([skillWithBroader.broader]);
    const holders = community.people.filter((p) => p.skills.some((s) => s.skill === skillWithBroader.slug));
    expect(skill?.people).toHaveLength(holders.length);
  });

  test('sector and event', async () => {
    const sector = community.sectors[0]!;
    const res = await postGraphQL<{ sector: { organizations: { slug: string }[] }; event: { kind: string; teachers: { slug: string }[]; skills: { slug: string }[]; attendeeCount: number; startsAt: string } }>(
      `query ($sector: String!, $event: String!) {
         sector(slug: $sector) { name nameEn organizations { slug } projects { slug } }
         event(slug: $event) { name kind startsAt endsAt place attendeeCount
           organizers { role organization { slug } person { slug } } teachers { slug } skills { slug } }
       }`,
      { sector: sector.slug, event: course.slug },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.sector.organizations.map((o) => o.slug).sort()).toEqual(
      community.organizations.filter((o) => o.sectors.includes(sector.slug)).map((o) => o.slug).sort(),
    );
    const event = res.body.data?.event;
    expect(event?.kind).toBe('COURSE');
    expect(event?.startsAt).toBe(new Date(course.startsAt).toISOString());
    expect(event?.teachers.map((t) => t.slug).sort()).toEqual([...course.teachers].sort());
    expect(event?.skills.map((s) => s.slug).sort()).toEqual([...course.skills].sort());
    expect(event?.attendeeCount).toBe(course.attendees.length);
  });

  test('an unknown slug answers null, not an error', async () => {
    const res = await postGraphQL('{ person(slug: "nessuno-con-questo-nome") { id } project(slug: "x") { id } }');
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ person: null, project: null });
  });

  test('node(id) finds any entity by id and reports its type', async () => {
    const res = await postGraphQL<{ a: { __typename: string; name: string }; b: { __typename: string }; c: null }>(
      `query ($a: ID!, $b: ID!) {
         a: node(id: $a) { __typename ... on Entity { name } }
         b: node(id: $b) { __typename }
         c: node(id: "00000000-0000-0000-0000-000000000000") { id }
       }`,
      { a: seedId.organization(hub.slug), b: seedId.skill(skillWithBroader.slug) },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.a).toEqual({ __typename: 'Organization', name: hub.name });
    expect(res.body.data?.b).toEqual({ __typename: 'Skill' });
    expect(res.body.data?.c).toBeNull();
  });
});

describe('contact visibility', () => {
  test('an anonymous visitor sees public contacts but not members-only ones', async () => {
    const res = await postGraphQL<{ a: { contact: { email: string; visibility: string } | null }; b: { contact: unknown } }>(
      `query ($a: String!, $b: String!) { a: person(slug: $a) { contact { email visibility } } b: person(slug: $b) { contact { email } } }`,
      { a: publicPerson.slug, b: membersOnlyPerson.slug },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.a.contact).toEqual({ email: publicPerson.email, visibility: 'PUBLIC' });
    expect(res.body.data?.b.contact).toBeNull();
  });
});

describe('HTTP', () => {
  test('GET works with the preflight header and is refused without it (CSRF prevention)', async () => {
    const ok = await getGraphQL('{ stats { people } }', { 'apollo-require-preflight': 'true' });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toEqual({ stats: { people: community.people.length } });
    const refused = await getGraphQL('{ stats { people } }');
    expect(refused.status).toBe(400);
  });

  test('a malformed query gets a typed 400, not a 500', async () => {
    const res = await postGraphQL('{ stats { people ');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('a wrongly typed variable is BAD_USER_INPUT', async () => {
    const res = await postGraphQL('query ($slug: String!) { person(slug: $slug) { id } }', { slug: 42 });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('seed', () => {
  test('seeding again changes nothing (idempotent)', async () => {
    const { store } = await readyStore();
    const before = await communityStats(store);
    await loadCommunity(store, community);
    expect(await communityStats(store)).toEqual(before);
  });
});
