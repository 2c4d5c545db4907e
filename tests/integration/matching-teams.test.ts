import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execute, parse, validate, type DocumentNode, type ExecutionResult } from 'graphql';
import { createContext } from '@/graphql/context';
import { getSchema } from '@/graphql/schema';
import type { GraphStore } from '@/lib/graph/store';
import { community } from '@/lib/seed/data';
import { readyStore } from '@/lib/server/ready';
import { postGraphQL } from '../support/graphql-http';
import { encodeCursor } from '@/lib/directory/connection';
import {
  ConnectionOptionsDocument,
  FindCollaboratorsDocument,
  FindTeamsDocument,
  HowConnectedDocument,
  MatchingSectorOptionsDocument,
  MatchingSkillOptionsDocument,
  OpenCallMatchesDocument,
  SkillGapsDocument,
} from '@/graphql/generated/graphql';
import { matchSkills, type SkillOption } from '@/app/_components/matching/skill-match';

/**
 * Teams (organizations whose members cover skills) and skill gaps over the seeded demo
 * community, on a real Kùzu store: every query text of team-queries.ts and
 * gap-queries.ts runs here. Expectations are computed from the seed data itself.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-teams-'));
let store: GraphStore;

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  const ready = await readyStore();
  expect(ready.seeded).not.toBeNull();
  store = ready.store;
}, 120_000);

afterAll(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<ExecutionResult<T>> {
  return (await execute({
    schema: getSchema(),
    document: parse(query),
    variableValues: variables,
    contextValue: createContext(store, null),
  })) as ExecutionResult<T>;
}

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(query, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

interface Team {
  organization: { slug: string; name: string; kind: string };
  coverage: number;
  covered: { skill: { slug: string }; bestLevel: number; members: { slug: string }[] }[];
  missing: { slug: string }[];
}

const FIND_TEAMS = `
  query Teams($skills: [String!]!, $kind: OrganizationKind, $first: Int) {
    findTeams(skills: $skills, organizationKind: $kind, first: $first) {
      organization { slug name kind }
      coverage
      covered { skill { slug } bestLevel members { slug } }
      missing { slug }
    }
  }
`;

const SKILL_GAPS = `
  query Gaps($first: Int) {
    skillGaps(first: $first) {
      needed { skill { slug } projects { slug } people }
      unused { skill { slug } people }
    }
  }
`;

const today = new Date().toISOString().slice(0, 10);

/** Per organization, skill slug → members (slug, level) holding it, from the seed data. */
function seedTeams(skills: string[]): Map<string, Map<string, { slug: string; level: number }[]>> {
  const teams = new Map<string, Map<string, { slug: string; level: number }[]>>();
  for (const person of community.people) {
    for (const membership of person.memberships) {
      if (membership.until && membership.until < today) continue;
      for (const held of person.skills) {
        if (!skills.includes(held.skill)) continue;
        const team = teams.get(membership.organization) ?? new Map<string, { slug: string; level: number }[]>();
        const members = team.get(held.skill) ?? [];
        if (!members.some((m) => m.slug === person.slug)) members.push({ slug: person.slug, level: held.level });
        team.set(held.skill, members);
        teams.set(membership.organization, team);
      }
    }
  }
  return teams;
}

describe('findTeams', () => {
  const VIDEO = ['riprese-video', 'montaggio-video', 'streaming-live', 'regia-video', 'color-correction'];

  // Nobody lists the umbrella "produzione-video" itself: teams are judged on exact skills.
  test('video skills: the video startups come first', async () => {
    const { findTeams } = await data<{ findTeams: Team[] }>(FIND_TEAMS, { skills: VIDEO });
    expect(findTeams.length).toBeGreaterThan(1);
    expect(findTeams.slice(0, 2).map((t) => t.organization.slug)).toEqual(['lucefilm', 'ondalunga-media']);
    expect(findTeams[0]?.coverage).toBe(1);
    expect(findTeams[0]?.missing).toEqual([]);
  });

  test('coverage, covered members, best levels and missing skills match the seed data', async () => {
    const { findTeams } = await data<{ findTeams: Team[] }>(FIND_TEAMS, { skills: VIDEO, first: 20 });
    const expected = seedTeams(VIDEO);
    for (const team of findTeams) {
      const mine = expected.get(team.organization.slug);
      expect(mine).toBeDefined();
      if (!mine) continue;
      expect(team.coverage).toBeCloseTo(mine.size / VIDEO.length);
      // Covered in the order asked, missing the rest, also in that order.
      expect(team.covered.map((c) => c.skill.slug)).toEqual(VIDEO.filter((s) => mine.has(s)));
      expect(team.missing.map((s) => s.slug)).toEqual(VIDEO.filter((s) => !mine.has(s)));
      for (const c of team.covered) {
        const holders = mine.get(c.skill.slug) ?? [];
        expect(c.members.map((m) => m.slug).sort()).toEqual(holders.map((h) => h.slug).sort());
        expect(c.bestLevel).toBe(Math.max(...holders.map((h) => h.level)));
      }
    }
  });

  test('ranked by coverage, then summed best level, then name', async () => {
    const { findTeams } = await data<{ findTeams: Team[] }>(FIND_TEAMS, { skills: VIDEO, first: 20 });
    const key = (t: Team) => [t.coverage, t.covered.reduce((s, c) => s + c.bestLevel, 0)] as const;
    for (let i = 1; i < findTeams.length; i++) {
      const [a, b] = [findTeams[i - 1], findTeams[i]];
      if (!a || !b) continue;
      const [ca, la] = key(a);
      const [cb, lb] = key(b);
      expect(ca > cb || (ca === cb && la > lb) || (ca === cb && la === lb && a.organization.name.localeCompare(b.organization.name, 'it') <= 0)).toBe(true);
    }
  });

  test('every organization whose members hold a skill appears, and no other', async () => {
    const { findTeams } = await data<{ findTeams: Team[] }>(FIND_TEAMS, { skills: VIDEO, first: 20 });
    const expected = seedTeams(VIDEO);
    expect(findTeams.map((t) => t.organization.slug).sort()).toEqual([...expected.keys()].sort().slice(0, 20));
  });

  test('organizationKind keeps only that kind', async () => {
    const { findTeams } = await data<{ findTeams: Team[] }>(FIND_TEAMS, { skills: VIDEO, kind: 'ASSOCIATION', first: 20 });
    const associations = new Set(community.organizations.filter((o) => o.kind === 'ASSOCIATION').map((o) => o.slug));
    const expected = [...seedTeams(VIDEO).keys()].filter((slug) => associations.has(slug));
    expect(findTeams.map((t) => t.organization.slug).sort()).toEqual(expected.sort());
    expect(findTeams.every((t) => t.organization.kind === 'ASSOCIATION')).toBe(true);
    const startups = await data<{ findTeams: Team[] }>(FIND_TEAMS, { skills: VIDEO, kind: 'STARTUP' });
    expect(startups.findTeams[0]?.organization.slug).toBe('lucefilm');
    expect(startups.findTeams.every((t) => t.organization.kind === 'STARTUP')).toBe(true);
  });

  test('first is clamped to 1..20', async () => {
    const one = await data<{ findTeams: Team[] }>(FIND_TEAMS, { skills: VIDEO, first: 0 });
    expect(one.findTeams).toHaveLength(1);
    const many = await data<{ findTeams: Team[] }>(FIND_TEAMS, { skills: ['inglese', 'fotografia', 'graphic-design'], first: 500 });
    expect(many.findTeams.length).toBeLessThanOrEqual(20);
  });

  test('duplicated slugs count once', async () => {
    const { findTeams } = await data<{ findTeams: Team[] }>(FIND_TEAMS, { skills: ['montaggio-video', 'montaggio-video'], first: 1 });
    expect(findTeams[0]?.covered).toHaveLength(1);
    expect(findTeams[0]?.coverage).toBe(1);
  });

  test.each([
    ['no skills', []],
    ['six skills', ['produzione-video', 'montaggio-video', 'streaming-live', 'fotografia', 'inglese', 'gis']],
    ['an unknown skill', ['montaggio-video', 'non-esiste']],
  ])('%s is BAD_USER_INPUT naming skills, over HTTP too', async (_label, skills) => {
    const result = await gql(FIND_TEAMS, { skills });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skills' });
    const res = await postGraphQL(FIND_TEAMS, { skills });
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skills' });
  });
});

interface Gaps {
  skillGaps: {
    needed: { skill: { slug: string }; projects: { slug: string }[]; people: number }[];
    unused: { skill: { slug: string }; people: number }[];
  };
}

describe('skillGaps', () => {
  const openProjects = community.projects.filter((p) => p.openCall?.open);

  test('needs nobody offers come first, with people 0', async () => {
    const { skillGaps } = await data<Gaps>(SKILL_GAPS, { first: 50 });
    const zero = skillGaps.needed.filter((g) => g.people === 0).map((g) => g.skill.slug);
    for (const slug of ['lis', 'braille', 'fisioterapia', 'dispositivi-medici']) expect(zero).toContain(slug);
    // Scarcest first.
    const counts = skillGaps.needed.map((g) => g.people);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  test('needed skills list the open-call projects and count people at the needed level or above', async () => {
    const { skillGaps } = await data<Gaps>(SKILL_GAPS, { first: 50 });
    const neededSlugs = new Set(openProjects.flatMap((p) => p.needs.map((n) => n.skill)));
    expect(skillGaps.needed.length).toBe(Math.min(50, neededSlugs.size));
    for (const gap of skillGaps.needed) {
      const projects = openProjects.filter((p) => p.needs.some((n) => n.skill === gap.skill.slug));
      expect(gap.projects.map((p) => p.slug).sort()).toEqual(projects.map((p) => p.slug).sort());
      const level = Math.min(...projects.flatMap((p) => p.needs.filter((n) => n.skill === gap.skill.slug).map((n) => n.level)));
      const people = community.people.filter((p) => p.skills.some((s) => s.skill === gap.skill.slug && s.level >= level)).length;
      expect(gap.people).toBe(people);
    }
    // Medical-device regulation: someone has it, but below the level the call asks for.
    expect(skillGaps.needed.find((g) => g.skill.slug === 'dispositivi-medici')?.people).toBe(0);
  });

  test('unused skills are held by people and needed by no project, most held first', async () => {
    const { skillGaps } = await data<Gaps>(SKILL_GAPS, { first: 50 });
    const neededAnywhere = new Set(community.projects.flatMap((p) => p.needs.map((n) => n.skill)));
    expect(skillGaps.unused.length).toBeGreaterThan(0);
    for (const supply of skillGaps.unused) {
      expect(neededAnywhere.has(supply.skill.slug)).toBe(false);
      expect(supply.people).toBe(community.people.filter((p) => p.skills.some((s) => s.skill === supply.skill.slug)).length);
      expect(supply.people).toBeGreaterThan(0);
    }
    const counts = skillGaps.unused.map((s) => s.people);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test('first is clamped to 1..50 and defaults to 20', async () => {
    const one = await data<Gaps>(SKILL_GAPS, { first: -3 });
    expect(one.skillGaps.needed).toHaveLength(1);
    expect(one.skillGaps.unused).toHaveLength(1);
    const byDefault = await data<Gaps>(`{ skillGaps { needed { people } unused { people } } }`);
    expect(byDefault.skillGaps.needed.length).toBeLessThanOrEqual(20);
    expect(byDefault.skillGaps.unused.length).toBeLessThanOrEqual(20);
  });
});

/** Runs a page's typed operation as the page does (in-process, anonymous). */
async function runDoc<T>(document: DocumentNode, variables: Record<string, unknown> = {}): Promise<T> {
  const result = (await execute({ schema: getSchema(), document, variableValues: variables, contextValue: createContext(store, null) })) as ExecutionResult<T>;
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

describe('the pages\' operations', () => {
  test('every operation of the find-collaborators pages is valid against the schema', () => {
    for (const document of [
      ConnectionOptionsDocument,
      FindCollaboratorsDocument,
      FindTeamsDocument,
      HowConnectedDocument,
      MatchingSectorOptionsDocument,
      MatchingSkillOptionsDocument,
      OpenCallMatchesDocument,
      SkillGapsDocument,
    ]) {
      expect(validate(getSchema(), document)).toEqual([]);
    }
  });

  test('/collaboratori/squadre and /competenze/lacune run their operations', async () => {
    const teams = await runDoc<{ findTeams: unknown[] }>(FindTeamsDocument, { skills: ['montaggio-video', 'streaming-live'], organizationKind: null, first: 20 });
    expect(teams.findTeams.length).toBeGreaterThan(0);
    const gaps = await runDoc<{ skillGaps: { needed: unknown[] } }>(SkillGapsDocument, { first: 30 });
    expect(gaps.skillGaps.needed.length).toBeGreaterThan(0);
  });

  test('/connessioni lists every person and organization in its menus', async () => {
    const options = await runDoc<{ people: { totalCount: number; edges: unknown[] }; organizations: { edges: unknown[] } }>(ConnectionOptionsDocument);
    expect(options.people.totalCount).toBe(community.people.length);
    expect(options.people.edges).toHaveLength(Math.min(100, community.people.length));
    expect(options.organizations.edges).toHaveLength(community.organizations.length);
  });

  test('the picker gets every skill in pages of 100, and matches names and aliases in both languages', async () => {
    type Page = { skills: { totalCount: number; edges: { node: SkillOption }[] } };
    const first = await runDoc<Page>(MatchingSkillOptionsDocument, { first: 100 });
    const second = await runDoc<Page>(MatchingSkillOptionsDocument, { first: 100, after: encodeCursor(99) });
    const options = [...first.skills.edges, ...second.skills.edges].map((e) => e.node);
    expect(options).toHaveLength(community.skills.length);
    expect(new Set(options.map((o) => o.slug)).size).toBe(community.skills.length);

    expect(matchSkills(options, 'montaggio')[0]?.slug).toBe('montaggio-video');
    expect(matchSkills(options, 'Video Editing')[0]?.slug).toBe('montaggio-video');
    expect(matchSkills(options, 'streaming')[0]?.slug).toBe('streaming-live');
    expect(matchSkills(options, 'fotografia').map((o) => o.slug)).toContain('fotografia');
    expect(matchSkills(options, 'zzzz')).toEqual([]);
    const sectors = await runDoc<{ sectors: unknown[] }>(MatchingSectorOptionsDocument);
    expect(sectors.sectors).toHaveLength(community.sectors.length);
  });
});
