import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { community } from '@/lib/seed/data';
import { seedId } from '@/lib/seed/load';
import { readyStore } from '@/lib/server/ready';
import { compareNames } from '@/lib/directory/collaborators';
import type { SeedPerson } from '@/lib/seed/types';
import { defineQuery } from '@/lib/graph/query';
import { NODE, REL } from '@/lib/graph/schema';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { postGraphQL } from '../support/graphql-http';

// The pages read the language cookie (CSS modules map to their class names: jest.config.mjs).
let mockLanguage: string | undefined;
jest.mock('next/headers', () => ({
  cookies: async () => ({ get: () => (mockLanguage ? { value: mockLanguage } : undefined), getAll: () => [] }),
  headers: async () => new Headers(),
}));
// The staff/manager "edit" link is an async server component a static render cannot run.
jest.mock('@/app/_components/curation/edit-link', () => ({ OrganizationEditLink: () => null }));
// The neighbourhood map is an async server component around a WebGL client map, which a
// static render cannot run; it has its own tests (tests/integration/map.test.ts).
jest.mock('@/app/_components/map/neighbourhood-map', () => ({ NeighbourhoodMap: () => null }));

/**
 * Profile pages: `Person.collaborators` against what the demo community implies, and the
 * operations the six profile pages run (written here as the pages write them) over a
 * real Kùzu store seeded in a temporary folder.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-profiles-'));

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

// ── What the seed implies ──────────────────────────────────────────────────

interface ExpectedCollaborator {
  slug: string;
  name: string;
  projects: string[];
  organizations: string[];
}

const projectsOf = (slug: string) => community.projects.filter((p) => p.contributors.some((c) => c.person === slug)).map((p) => p.slug);
const organizationsOf = (person: SeedPerson) => [...new Set(person.memberships.map((m) => m.organization))];

/** Everyone sharing a project or organization with `person`, most shared first, then by name (then id). */
function expectedCollaborators(person: SeedPerson): ExpectedCollaborator[] {
  const myProjects = new Set(projectsOf(person.slug));
  const myOrganizations = new Set(organizationsOf(person));
  return community.people
    .filter((other) => other.slug !== person.slug)
    .map((other) => ({
      slug: other.slug,
      name: other.name,
      projects: projectsOf(other.slug).filter((p) => myProjects.has(p)).sort(),
      organizations: organizationsOf(other).filter((o) => myOrganizations.has(o)).sort(),
    }))
    .filter((c) => c.projects.length + c.organizations.length > 0)
    .sort((a, b) => {
      const shared = b.projects.length + b.organizations.length - (a.projects.length + a.organizations.length);
      const idA = seedId.person(a.slug);
      const idB = seedId.person(b.slug);
      return shared || compareNames(a.name, b.name) || (idA < idB ? -1 : idA > idB ? 1 : 0);
    });
}

const expectations = new Map(community.people.map((p) => [p.slug, expectedCollaborators(p)]));
const collaboratorsOf = (slug: string) => expectations.get(slug) ?? [];
/** The best-connected person: more collaborators than the default page of 12. */
const connected = [...community.people].sort(
  (a, b) => collaboratorsOf(b.slug).length - collaboratorsOf(a.slug).length || a.slug.localeCompare(b.slug),
)[0]!;

type CollaboratorRow = {
  person: { slug: string; name: string };
  sharedProjects: { slug: string; name: string }[];
  sharedOrganizations: { slug: string; name: string }[];
};

async function collaborators(slug: string, first?: number): Promise<CollaboratorRow[]> {
  const res = await postGraphQL<{ person: { collaborators: CollaboratorRow[] } | null }>(
    `query ($slug: String!, $first: Int) { person(slug: $slug) { collaborators(first: $first) {
       person { slug name } sharedProjects { slug name } sharedOrganizations { slug name } } } }`,
    { slug, first },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.person?.collaborators ?? [];
}

const asExpected = (rows: CollaboratorRow[]): ExpectedCollaborator[] =>
  rows.map((r) => ({
    slug: r.person.slug,
    name: r.person.name,
    projects: r.sharedProjects.map((p) => p.slug).sort(),
    organizations: r.sharedOrganizations.map((o) => o.slug).sort(),
  }));

describe('Person.collaborators', () => {
  test('the seed has a person with more collaborators than the default page', () => {
    expect(collaboratorsOf(connected.slug).length).toBeGreaterThan(12);
  });

  test('lists who shares projects or organizations, with what they share, as the seed implies', async () => {
    const rows = await collaborators(connected.slug, 50);
    expect(asExpected(rows)).toEqual(collaboratorsOf(connected.slug).slice(0, 50));
  });

  test('every person: the default page is the 12 strongest collaborators', async () => {
    // Ten people per operation: one batched load for several owners must group rows per owner.
    const batches: SeedPerson[][] = [];
    for (let i = 0; i < community.people.length; i += 10) batches.push(community.people.slice(i, i + 10));
    for (const batch of batches) {
      const fields = batch
        .map((p, i) => `p${i}: person(slug: "${p.slug}") { collaborators { person { slug name } sharedProjects { slug name } sharedOrganizations { slug name } } }`)
        .join('\n');
      const res = await postGraphQL<Record<string, { collaborators: CollaboratorRow[] }>>(`{ ${fields} }`);
      expect(res.body.errors).toBeUndefined();
      batch.forEach((p, i) => {
        expect({ slug: p.slug, got: asExpected(res.body.data?.[`p${i}`]?.collaborators ?? []) }).toEqual({
          slug: p.slug,
          got: collaboratorsOf(p.slug).slice(0, 12),
        });
      });
    }
  });

  test('ranks by shared things, then by name, and never lists the person', async () => {
    const rows = await collaborators(connected.slug, 50);
    expect(rows.map((r) => r.person.slug)).not.toContain(connected.slug);
    const counts = rows.map((r) => r.sharedProjects.length + r.sharedOrganizations.length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(counts.every((n) => n >= 1)).toBe(true);
    for (let i = 1; i < rows.length; i++) {
      if (counts[i] === counts[i - 1]) expect(compareNames(rows[i - 1]!.person.name, rows[i]!.person.name)).toBeLessThanOrEqual(0);
    }
    // The shared items are listed by name.
    for (const r of rows) {
      const names = r.sharedProjects.map((p) => p.name);
      expect([...names].sort(compareNames)).toEqual(names);
    }
  });

  test('first is clamped to 1..50 and defaults to 12', async () => {
    const all = collaboratorsOf(connected.slug);
    expect(await collaborators(connected.slug)).toHaveLength(Math.min(12, all.length));
    expect(await collaborators(connected.slug, 0)).toHaveLength(1);
    expect(await collaborators(connected.slug, -7)).toHaveLength(1);
    expect(await collaborators(connected.slug, 3)).toHaveLength(Math.min(3, all.length));
    // 60 > 50 but cheap enough for the cost limit (a first of 1,000 is refused over HTTP as too expensive).
    expect(await collaborators(connected.slug, 60)).toHaveLength(Math.min(50, all.length));
    expect((await collaborators(connected.slug, 1))[0]?.person.slug).toBe(all[0]?.slug);
  });
});

// ── The operations of the profile pages ────────────────────────────────────

const PERSON = `query PersonProfile($slug: String!) {
  person(slug: $slug) {
    id slug name headline bio location availability
    contact { email phone website }
    skills { level skill { id slug name nameEn } }
    organizations { role since until isManager organization { id slug name } }
    projects { role since until project { id slug name status } }
    collaborators(first: 12) {
      person { id slug name headline }
      sharedProjects { id slug name }
      sharedOrganizations { id slug name }
    }
    events { role event { id slug name kind startsAt } }
  }
}`;

const ORGANIZATION = `query OrganizationProfile($slug: String!) {
  organization(slug: $slug) {
    id slug name kind description website location foundedYear
    sectors { id slug name nameEn }
    members { role since until isManager person { id slug name } }
    projects { role project { id slug name status callOpen } }
    partners { since note organization { id slug name kind } }
  }
}`;

const PROJECT = `query ProjectProfile($slug: String!) {
  project(slug: $slug) {
    id slug name summary description status startDate endDate openCall callOpen website
    sectors { id slug name nameEn }
    contributors { role since person { id slug name } organization { id slug name } }
    needs { level note skill { id slug name nameEn } }
  }
}`;

const SKILL = `query SkillProfile($slug: String!) {
  skill(slug: $slug) {
    id slug name nameEn aliases description descriptionEn
    broader { id slug name nameEn }
    narrower { id slug name nameEn }
    related { id slug name nameEn }
    people { level person { id slug name headline } }
    neededBy { level project { id slug name callOpen } }
    events { id slug name kind startsAt }
  }
}`;

const SECTOR = `query SectorProfile($slug: String!) {
  sector(slug: $slug) {
    id slug name nameEn description descriptionEn
    organizations { id slug name kind }
    projects { id slug name summary status callOpen }
  }
}`;

const EVENT = `query EventProfile($slug: String!) {
  event(slug: $slug) {
    id slug name kind summary description startsAt endsAt place language attendeeCount
    organizers { role organization { id slug name } person { id slug name } }
    teachers { id slug name headline }
    skills { id slug name nameEn }
  }
}`;

type Slugged = { slug: string };
const slugs = (items: readonly Slugged[]) => items.map((i) => i.slug).sort();
const sorted = (items: readonly string[]) => [...items].sort();

async function run<T>(query: string, slug: string): Promise<T> {
  const res = await postGraphQL<T>(query, { slug });
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  return res.body.data as T;
}

describe('profile page operations', () => {
  test('person page: neighbourhood, contact by visibility, collaborators, events', async () => {
    const person = community.people.find((p) => p.contactVisibility === 'PUBLIC' && collaboratorsOf(p.slug).length > 0)!;
    const data = await run<{
      person: {
        name: string;
        availability: string;
        contact: { email: string } | null;
        skills: { level: number; skill: Slugged }[];
        organizations: { role: string; isManager: boolean; organization: Slugged }[];
        projects: { role: string; project: Slugged & { status: string } }[];
        collaborators: CollaboratorRow[];
        events: { role: string; event: Slugged & { startsAt: string } }[];
      };
    }>(PERSON, person.slug);
    const p = data.person;
    expect(p.name).toBe(person.name);
    expect(p.availability).toBe(person.availability);
    expect(p.contact?.email).toBe(person.email);
    expect(p.skills.map((s) => [s.skill.slug, s.level]).sort()).toEqual(person.skills.map((s) => [s.skill, s.level]).sort());
    expect(slugs(p.organizations.map((m) => m.organization))).toEqual(sorted(organizationsOf(person)));
    expect(slugs(p.projects.map((c) => c.project))).toEqual(sorted(projectsOf(person.slug)));
    expect(asExpected(p.collaborators)).toEqual(collaboratorsOf(person.slug).slice(0, 12));
    const teaches = community.events.filter((e) => e.teachers.includes(person.slug)).map((e) => e.slug);
    const attends = community.events.filter((e) => e.attendees.includes(person.slug)).map((e) => e.slug);
    expect(sorted(p.events.filter((e) => e.role === 'TEACHER').map((e) => e.event.slug))).toEqual(sorted(teaches));
    expect(sorted(p.events.filter((e) => e.role === 'ATTENDEE').map((e) => e.event.slug))).toEqual(sorted(attends));
  });

  test('person page: members-only contact details are null for an anonymous visitor', async () => {
    const person = community.people.find((p) => p.contactVisibility !== 'PUBLIC')!;
    const data = await run<{ person: { contact: unknown } }>(PERSON, person.slug);
    expect(data.person.contact).toBeNull();
  });

  test('organization page: kind, members with managers, sectors, projects, partners', async () => {
    const organization = community.organizations.find((o) => o.kind === 'HUB')!;
    const data = await run<{
      organization: {
        kind: string;
        foundedYear: number;
        website: string | null;
        members: { isManager: boolean; person: Slugged }[];
        sectors: Slugged[];
        projects: { project: Slugged }[];
        partners: { note: string | null; organization: Slugged }[];
      };
    }>(ORGANIZATION, organization.slug);
    const o = data.organization;
    expect(o.kind).toBe(organization.kind);
    expect(o.foundedYear).toBe(organization.foundedYear);
    expect(o.website).toBe(organization.website ?? null);
    const members = community.people.filter((p) => p.memberships.some((m) => m.organization === organization.slug));
    expect(slugs(o.members.map((m) => m.person))).toEqual(slugs(members));
    const managers = members.filter((p) => p.memberships.some((m) => m.organization === organization.slug && m.isManager));
    expect(slugs(o.members.filter((m) => m.isManager).map((m) => m.person))).toEqual(slugs(managers));
    expect(slugs(o.sectors)).toEqual(sorted(organization.sectors));
    const projects = community.projects.filter((p) => p.organizations.some((x) => x.organization === organization.slug));
    expect(slugs(o.projects.map((c) => c.project))).toEqual(slugs(projects));
    const partners = community.collaborations.filter((c) => c.from === organization.slug || c.to === organization.slug);
    expect(sorted(o.partners.map((x) => x.organization.slug))).toEqual(sorted(partners.map((c) => (c.from === organization.slug ? c.to : c.from))));
    expect(sorted(o.partners.map((x) => x.note ?? ''))).toEqual(sorted(partners.map((c) => c.note)));
  });

  test('project page: status, call, needs with level, contributors, sectors', async () => {
    const project = community.projects.find((p) => p.openCall?.open && p.needs.length > 0 && p.organizations.length > 0)!;
    const closed = community.projects.find((p) => !p.openCall?.open)!;
    const data = await run<{
      project: {
        status: string;
        startDate: string;
        callOpen: boolean;
        openCall: string | null;
        needs: { level: number; note: string | null; skill: Slugged }[];
        contributors: { role: string; person: Slugged | null; organization: Slugged | null }[];
        sectors: Slugged[];
      };
    }>(PROJECT, project.slug);
    const p = data.project;
    expect(p.status).toBe(project.status);
    expect(p.startDate).toBe(project.startDate);
    expect(p.callOpen).toBe(true);
    expect(p.openCall).toBe(project.openCall?.text);
    expect(p.needs.map((n) => [n.skill.slug, n.level]).sort()).toEqual(project.needs.map((n) => [n.skill, n.level]).sort());
    expect(sorted(p.contributors.flatMap((c) => (c.person ? [c.person.slug] : [])))).toEqual(sorted(project.contributors.map((c) => c.person)));
    expect(sorted(p.contributors.flatMap((c) => (c.organization ? [c.organization.slug] : [])))).toEqual(
      sorted(project.organizations.map((o) => o.organization)),
    );
    expect(slugs(p.sectors)).toEqual(sorted(project.sectors));
    const other = await run<{ project: { callOpen: boolean } }>(PROJECT, closed.slug);
    expect(other.project.callOpen).toBe(false);
  });

  test('skill page: both names, aliases, taxonomy, people by level, projects, events', async () => {
    const skill = community.skills.find(
      (s) => s.broader && community.projects.some((p) => p.needs.some((n) => n.skill === s.slug)),
    ) ?? community.skills.find((s) => s.broader)!;
    const data = await run<{
      skill: {
        name: string;
        nameEn: string;
        aliases: string[];
        broader: Slugged[];
        narrower: Slugged[];
        related: Slugged[];
        people: { level: number; person: Slugged }[];
        neededBy: { level: number; project: Slugged }[];
        events: Slugged[];
      };
    }>(SKILL, skill.slug);
    const s = data.skill;
    expect([s.name, s.nameEn]).toEqual([skill.name, skill.nameEn]);
    expect(s.aliases).toEqual(skill.aliases);
    expect(slugs(s.broader)).toEqual([skill.broader]);
    expect(slugs(s.narrower)).toEqual(sorted(community.skills.filter((x) => x.broader === skill.slug).map((x) => x.slug)));
    const related = new Set([
      ...(skill.related ?? []),
      ...community.skills.filter((x) => x.related?.includes(skill.slug)).map((x) => x.slug),
    ]);
    expect(slugs(s.related)).toEqual(sorted([...related]));
    const holders = community.people.flatMap((p) => p.skills.filter((x) => x.skill === skill.slug).map((x) => [p.slug, x.level] as const));
    expect(s.people.map((h) => [h.person.slug, h.level]).sort()).toEqual([...holders].sort());
    const levels = s.people.map((h) => h.level);
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
    expect(slugs(s.neededBy.map((n) => n.project))).toEqual(
      sorted(community.projects.filter((p) => p.needs.some((n) => n.skill === skill.slug)).map((p) => p.slug)),
    );
    expect(slugs(s.events)).toEqual(sorted(community.events.filter((e) => e.skills.includes(skill.slug)).map((e) => e.slug)));
  });

  test('sector page: organizations and projects', async () => {
    const sector = [...community.sectors].sort(
      (a, b) =>
        community.projects.filter((p) => p.sectors.includes(b.slug)).length -
        community.projects.filter((p) => p.sectors.includes(a.slug)).length,
    )[0]!;
    const data = await run<{ sector: { name: string; nameEn: string; descriptionEn: string; organizations: Slugged[]; projects: Slugged[] } }>(
      SECTOR,
      sector.slug,
    );
    const s = data.sector;
    expect([s.name, s.nameEn, s.descriptionEn]).toEqual([sector.name, sector.nameEn, sector.descriptionEn]);
    expect(slugs(s.organizations)).toEqual(sorted(community.organizations.filter((o) => o.sectors.includes(sector.slug)).map((o) => o.slug)));
    expect(slugs(s.projects)).toEqual(sorted(community.projects.filter((p) => p.sectors.includes(sector.slug)).map((p) => p.slug)));
    expect(s.projects.length).toBeGreaterThan(0);
  });

  test('event page: kind, times, place, language, organizers, teachers, skills, attendees', async () => {
    const event = community.events.find((e) => e.teachers.length > 0 && e.organizers.length > 0)!;
    const data = await run<{
      event: {
        kind: string;
        startsAt: string;
        endsAt: string;
        place: string;
        language: string;
        attendeeCount: number;
        organizers: { role: string; organization: Slugged | null; person: Slugged | null }[];
        teachers: Slugged[];
        skills: Slugged[];
      };
    }>(EVENT, event.slug);
    const e = data.event;
    expect(e.kind).toBe(event.kind);
    expect(e.startsAt).toBe(new Date(event.startsAt).toISOString());
    expect(e.endsAt).toBe(new Date(event.endsAt).toISOString());
    expect([e.place, e.language]).toEqual([event.place, event.language]);
    expect(e.attendeeCount).toBe(event.attendees.length);
    const organizers = event.organizers.map((o) => ('organization' in o ? `o:${o.organization}` : `p:${o.person}`));
    expect(sorted(e.organizers.map((o) => (o.organization ? `o:${o.organization.slug}` : `p:${o.person?.slug}`)))).toEqual(sorted(organizers));
    expect(slugs(e.teachers)).toEqual(sorted(event.teachers));
    expect(slugs(e.skills)).toEqual(sorted(event.skills));
  });

  test('every page operation answers null for an unknown slug (the page then calls notFound())', async () => {
    const results = await Promise.all(
      [PERSON, ORGANIZATION, PROJECT, SKILL, SECTOR, EVENT].map((q) => run<Record<string, unknown>>(q, 'nessuno-con-questo-nome')),
    );
    for (const data of results) expect(Object.values(data)).toEqual([null]);
  });
});

// ── The pages themselves, rendered to HTML ─────────────────────────────────

type PageModule = {
  default: (props: { params: Promise<{ slug: string }> }) => Promise<ReactElement>;
  generateMetadata: (props: { params: Promise<{ slug: string }> }) => Promise<{ title?: unknown }>;
};

const PAGES = {
  Person: () => import('@/app/persone/[slug]/page'),
  Organization: () => import('@/app/organizzazioni/[slug]/page'),
  Project: () => import('@/app/progetti/[slug]/page'),
  Skill: () => import('@/app/competenze/[slug]/page'),
  Sector: () => import('@/app/settori/[slug]/page'),
  Event: () => import('@/app/eventi/[slug]/page'),
} satisfies Record<string, () => Promise<PageModule>>;

async function renderPage(kind: keyof typeof PAGES, slug: string, language?: 'it' | 'en'): Promise<string> {
  mockLanguage = language;
  try {
    const page = await PAGES[kind]();
    return renderToStaticMarkup(await page.default({ params: Promise.resolve({ slug }) }));
  } finally {
    mockLanguage = undefined;
  }
}

/** Headings in order with one h1, every section named by its heading, no link to nowhere. */
function expectAccessibleStructure(html: string) {
  expect(html.match(/<h1[ >]/g)).toHaveLength(1);
  const sections = [...html.matchAll(/<section[^>]*>/g)].map((m) => m[0]);
  expect(sections.length).toBeGreaterThan(0);
  for (const section of sections) {
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(section)?.[1];
    expect(labelledBy).toBeDefined();
    expect(html).toMatch(new RegExp(`<h2 id="${labelledBy}"`));
  }
  expect(html).not.toMatch(/href="(undefined|null|)"/);
}

const SAMPLES = {
  Person: connected.slug,
  Organization: community.organizations.find((o) => o.kind === 'HUB')!.slug,
  Project: community.projects.find((p) => p.openCall?.open)!.slug,
  Skill: community.skills.find((s) => s.broader)!.slug,
  Sector: community.sectors[0]!.slug,
  Event: community.events.find((e) => e.teachers.length > 0)!.slug,
} as const;

describe('profile pages render', () => {
  test.each(Object.entries(SAMPLES) as [keyof typeof PAGES, string][])('%s page: one h1, named sections, links to profiles', async (kind, slug) => {
    const html = await renderPage(kind, slug);
    expectAccessibleStructure(html);
    const page: PageModule = await PAGES[kind]();
    expect((await page.generateMetadata({ params: Promise.resolve({ slug }) })).title).toBeTruthy();
  });

  test.each(Object.keys(SAMPLES) as (keyof typeof PAGES)[])('%s page: an unknown slug is a real 404', async (kind) => {
    await expect(renderPage(kind, 'nessuno-con-questo-nome')).rejects.toMatchObject({ digest: expect.stringContaining('404') });
  });

  test('person page: collaborators with what they share, levels as text, contact as links', async () => {
    const html = await renderPage('Person', connected.slug);
    const top = collaboratorsOf(connected.slug)[0]!;
    expect(html).toContain(`href="/persone/${top.slug}"`);
    for (const project of top.projects) expect(html).toContain(`href="/progetti/${project}"`);
    expect(html).toMatch(/livello [1-5] su 5/);
    expect(html).not.toContain(`href="/persone/${connected.slug}"`);
    if (connected.contactVisibility === 'PUBLIC') expect(html).toContain(`href="mailto:${connected.email}"`);
  });

  test('person page: hidden contact details are explained, not left out', async () => {
    const person = community.people.find((p) => p.contactVisibility !== 'PUBLIC')!;
    const html = await renderPage('Person', person.slug);
    expect(html).toContain('visibili solo ai membri');
    expect(html).not.toContain(person.email);
  });

  test('project page: the open call says it looks for collaborators; a closed one says so', async () => {
    expect(await renderPage('Project', SAMPLES.Project)).toContain('Cerca collaboratori');
    const closed = community.projects.find((p) => !p.openCall?.open)!;
    expect(await renderPage('Project', closed.slug)).toContain('Call chiusa');
  });

  test('skill page in English: the English name as title, the Italian one beside it, people by level', async () => {
    const skill = community.skills.find((s) => s.slug === SAMPLES.Skill)!;
    const html = await renderPage('Skill', skill.slug, 'en');
    expect(html).toContain(`<h1>${skill.nameEn}</h1>`);
    expect(html).toContain(`In Italian: <span lang="it">${skill.name}</span>`);
    expect(html).toMatch(/Level [1-5] of 5/);
  });

  test('event page: times in Rome time inside <time>', async () => {
    const event = community.events.find((e) => e.slug === SAMPLES.Event)!;
    const html = await renderPage('Event', event.slug);
    expect(html).toContain(`<time dateTime="${new Date(event.startsAt).toISOString()}">`);
    // Seed times carry Rome's offset, so the hour written there is the hour shown.
    expect(html).toContain(event.startsAt.slice(11, 16));
  });
});

// ── Only public records make collaborations (runs last: it writes to the store) ──

const createPerson = defineQuery(
  'test.profiles.createPerson',
  `CREATE (n:${NODE.Person} {id: $id, slug: $slug, name: $name, state: $state, availability: 'OPEN', contactVisibility: 'MEMBERS'})`,
);
const createProject = defineQuery(
  'test.profiles.createProject',
  `CREATE (n:${NODE.Project} {id: $id, slug: $slug, name: $name, state: $state, status: 'IDEA', callOpen: false})`,
);
const contribute = defineQuery(
  'test.profiles.contribute',
  `MATCH (a:${NODE.Person} {id: $person}), (b:${NODE.Project} {id: $project}) CREATE (a)-[:${REL.CONTRIBUTES_TO} {role: 'prova'}]->(b)`,
);

describe('Person.collaborators with unpublished records', () => {
  test('someone who shares nothing public has no collaborators; pending people and archived projects do not count', async () => {
    const { store } = await readyStore();
    const project = community.projects.find((p) => p.contributors.some((c) => c.person === connected.slug))!;
    await store.write(async (tx) => {
      await tx.run(createPerson, { id: 'test-loner', slug: 'test-loner', name: 'Lina Sola', state: 'ACTIVE' });
      await tx.run(createPerson, { id: 'test-pending', slug: 'test-pending', name: 'Aldo Attesa', state: 'PENDING' });
      await tx.run(createProject, { id: 'test-archived', slug: 'test-archived', name: 'Archiviato', state: 'ARCHIVED' });
      // The loner and the connected person share only an archived project.
      await tx.run(contribute, { person: 'test-loner', project: 'test-archived' });
      await tx.run(contribute, { person: seedId.person(connected.slug), project: 'test-archived' });
      // A pending person joins a public project of the connected person.
      await tx.run(contribute, { person: 'test-pending', project: seedId.project(project.slug) });
    });
    expect(await collaborators('test-loner')).toEqual([]);
    const rows = await collaborators(connected.slug, 50);
    expect(asExpected(rows)).toEqual(collaboratorsOf(connected.slug).slice(0, 50));
  });
});
