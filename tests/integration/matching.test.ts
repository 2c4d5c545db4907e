import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execute, parse, type ExecutionResult } from 'graphql';
import { createContext } from '@/graphql/context';
import { getSchema } from '@/graphql/schema';
import type { Viewer } from '@/lib/auth/viewer';
import type { GraphStore } from '@/lib/graph/store';
import { community } from '@/lib/seed/data';
import { seedId } from '@/lib/seed/load';
import { readyStore } from '@/lib/server/ready';
import { compareScored, scoreMatch } from '@/lib/matching/score';
import type { SkillRelation } from '@/lib/matching/types';

/**
 * Find collaborators, "how are we connected" and open calls over a real Kùzu store seeded
 * with the demo community: every matching statement runs here, and the expectations are
 * read from lib/seed/data rather than hard-coded.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-match-'));
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

// ── Seed facts ────────────────────────────────────────────────────────────────────────
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
const personBySlug = new Map(community.people.map((p) => [p.slug, p]));
const slugOfPerson = new Map(community.people.map((p) => [seedId.person(p.slug), p.slug]));
const organizationKind = new Map(community.organizations.map((o) => [o.slug, o.kind]));
const currentOrgs = (slug: string): string[] =>
  (personBySlug.get(slug)?.memberships ?? []).filter((m) => !m.until || m.until >= today).map((m) => m.organization);
const allOrgs = (slug: string): string[] => (personBySlug.get(slug)?.memberships ?? []).map((m) => m.organization);
const projectsOf = (slug: string): string[] =>
  community.projects.filter((pr) => pr.contributors.some((c) => c.person === slug)).map((pr) => pr.slug);
const holds = (slug: string, skill: string): boolean => (personBySlug.get(slug)?.skills ?? []).some((s) => s.skill === skill);

/** Every MEMBER_OF and CONTRIBUTES_TO edge of the seed, undirected, by entity id. */
const links = new Set<string>();
const link = (a: string, b: string) => {
  links.add(`${a}|${b}`);
  links.add(`${b}|${a}`);
};
for (const p of community.people) for (const m of p.memberships) link(seedId.person(p.slug), seedId.organization(m.organization));
for (const pr of community.projects) {
  for (const c of pr.contributors) link(seedId.person(c.person), seedId.project(pr.slug));
  for (const o of pr.organizations) link(seedId.organization(o.organization), seedId.project(pr.slug));
}

const member = (slug: string): Viewer => ({ accountId: `acc-${slug}`, personId: seedId.person(slug), role: 'MEMBER' });
const staff: Viewer = { accountId: 'acc-staff', personId: seedId.person('matteo-loiacono'), role: 'STAFF' };

// ── GraphQL helpers ───────────────────────────────────────────────────────────────────
async function gql<T>(query: string, variables: Record<string, unknown>, viewer: Viewer | null = null): Promise<ExecutionResult<T>> {
  return (await execute({
    schema: getSchema(),
    document: parse(query),
    variableValues: variables,
    contextValue: createContext(store, viewer),
  })) as ExecutionResult<T>;
}

async function data<T>(query: string, variables: Record<string, unknown>, viewer: Viewer | null = null): Promise<T> {
  const result = await gql<T>(query, variables, viewer);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

interface Entity {
  __typename: string;
  id: string;
  slug: string;
}
interface Breakdown {
  coverage: number;
  level: number;
  partial: number;
  endorsements: number;
  availability: number;
  closeness: number;
}
interface Match {
  person: { id: string; slug: string; availability: string };
  score: number;
  breakdown: Breakdown;
  matchedSkills: { skill: { slug: string }; level: number; endorsements: number }[];
  partialMatches: { wanted: { slug: string }; via: { slug: string }; relation: string; level: number }[];
  endorsements: number;
  path: Entity[] | null;
}
interface Results {
  findCollaborators: { totalCount: number; matches: Match[] };
}

const MATCH_FIELDS = `
  person { id slug availability }
  score
  breakdown { coverage level partial endorsements availability closeness }
  matchedSkills { skill { slug } level endorsements }
  partialMatches { wanted { slug } via { slug } relation level }
  endorsements
  path { __typename id slug }`;

const FIND = `query Find($search: CollaboratorSearch!, $first: Int) {
  findCollaborators(search: $search, first: $first) { totalCount matches { ${MATCH_FIELDS} } }
}`;

async function find(search: Record<string, unknown>, viewer: Viewer | null = null, first = 50) {
  return (await data<Results>(FIND, { search, first }, viewer)).findCollaborators;
}

const slugs = (matches: Match[]) => matches.map((m) => m.person.slug);
const sum = (b: Breakdown) => b.coverage + b.level + b.partial + b.endorsements + b.availability + b.closeness;

function expectRanked(matches: Match[]) {
  for (const m of matches) expect(sum(m.breakdown)).toBeCloseTo(m.score, 2);
  for (let i = 1; i < matches.length; i++) expect(matches[i - 1]!.score).toBeGreaterThanOrEqual(matches[i]!.score);
}

function expectLinkedPath(steps: readonly { id: string }[]) {
  for (let i = 1; i < steps.length; i++) expect(links.has(`${steps[i - 1]!.id}|${steps[i]!.id}`)).toBe(true);
}

// ── findCollaborators ─────────────────────────────────────────────────────────────────
describe('findCollaborators on the demo community', () => {
  test('video production + streaming finds the people of Lucefilm and Ondalunga Media first', async () => {
    const { totalCount, matches } = await find({ skills: ['produzione-video', 'streaming-live'], mode: 'ALL' });
    expect(totalCount).toBeGreaterThanOrEqual(matches.length);
    expect(matches.length).toBeGreaterThanOrEqual(3);
    expectRanked(matches);
    for (const m of matches.slice(0, 3)) {
      expect(allOrgs(m.person.slug).some((o) => o === 'lucefilm' || o === 'ondalunga-media')).toBe(true);
    }
    // ALL: every result covers both skills, exactly or through a related one.
    for (const m of matches) {
      const covered = new Set([...m.matchedSkills.map((s) => s.skill.slug), ...m.partialMatches.map((p) => p.wanted.slug)]);
      expect(covered).toEqual(new Set(['produzione-video', 'streaming-live']));
    }
  });

  test('ANY finds at least as many people as ALL, each covering one skill or more', async () => {
    const all = await find({ skills: ['produzione-video', 'streaming-live'], mode: 'ALL' });
    const any = await find({ skills: ['produzione-video', 'streaming-live'], mode: 'ANY' });
    expect(any.totalCount).toBeGreaterThan(all.totalCount);
    expectRanked(any.matches);
    for (const m of any.matches) expect(m.matchedSkills.length + m.partialMatches.length).toBeGreaterThan(0);
  });

  test('"fotografia" finds the photography course teacher', async () => {
    const course = community.events.find((e) => e.slug === 'corso-fotografia-autunno-2026');
    const teachers = new Set(course?.teachers ?? []);
    expect(teachers.size).toBeGreaterThan(0);
    const { matches } = await find({ skills: ['fotografia'], mode: 'ALL' });
    expect(slugs(matches.slice(0, 3)).some((s) => teachers.has(s))).toBe(true);
    const top = matches[0]!;
    expect(top.matchedSkills).toEqual([expect.objectContaining({ skill: { slug: 'fotografia' }, level: 5 })]);
  });

  test('a related skill is a partial match, shown with the skill it goes through', async () => {
    // Nobody lists "produzione video" itself: everyone found holds a narrower skill.
    const { matches } = await find({ skills: ['produzione-video'], mode: 'ALL' });
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      expect(m.matchedSkills).toEqual([]);
      expect(m.partialMatches[0]).toMatchObject({ wanted: { slug: 'produzione-video' }, relation: 'NARROWER' });
      expect(holds(m.person.slug, m.partialMatches[0]!.via.slug)).toBe(true);
      expect(m.breakdown.partial).toBeGreaterThan(0);
    }
    // Sound design is RELATED to video editing: its holders without editing come through it.
    const graders = community.people
      .filter((p) => holds(p.slug, 'sound-design') && !holds(p.slug, 'montaggio-video'))
      .map((p) => p.slug);
    expect(graders.length).toBeGreaterThan(0);
    const editing = await find({ skills: ['montaggio-video'], mode: 'ALL' });
    const partial = editing.matches.filter((m) => m.matchedSkills.length === 0);
    expect(partial.length).toBeGreaterThan(0);
    for (const slug of graders) {
      const found = editing.matches.find((m) => m.person.slug === slug);
      expect(found?.partialMatches).toContainEqual(
        expect.objectContaining({ wanted: { slug: 'montaggio-video' }, via: { slug: 'sound-design' }, relation: 'RELATED' }),
      );
    }
    // Skill fit dominates: an exact match always has more skill points than a partial one.
    const skillPoints = (m: Match) => m.breakdown.coverage + m.breakdown.level + m.breakdown.partial;
    const weakestExact = Math.min(...editing.matches.filter((m) => m.matchedSkills.length > 0).map(skillPoints));
    const strongestPartial = Math.max(...partial.map(skillPoints));
    expect(weakestExact).toBeGreaterThan(strongestPartial);
  });

  test('a skill sharing an alias with the one asked for is an ALIAS partial match', async () => {
    // "comunicazione" and "ufficio-stampa" share the alias "PR".
    const holders = community.people.filter((p) => holds(p.slug, 'comunicazione') && !holds(p.slug, 'ufficio-stampa'));
    expect(holders.length).toBeGreaterThan(0);
    const { matches } = await find({ skills: ['ufficio-stampa'], mode: 'ANY' });
    for (const p of holders) {
      const found = matches.find((m) => m.person.slug === p.slug);
      expect(found?.partialMatches).toContainEqual(
        expect.objectContaining({ wanted: { slug: 'ufficio-stampa' }, via: { slug: 'comunicazione' }, relation: 'ALIAS' }),
      );
    }
  });

  test('each filter narrows the results to what it says', async () => {
    const base = { skills: ['fotografia', 'produzione-video'], mode: 'ANY' };
    const all = await find(base);

    const level = await find({ ...base, minLevel: 4 });
    expect(level.totalCount).toBeLessThan(all.totalCount);
    for (const m of level.matches) {
      for (const s of m.matchedSkills) expect(s.level).toBeGreaterThanOrEqual(4);
      for (const p of m.partialMatches) expect(p.level).toBeGreaterThanOrEqual(4);
    }

    const open = await find({ ...base, availability: ['OPEN'] });
    expect(open.totalCount).toBeLessThan(all.totalCount);
    for (const m of open.matches) expect(m.person.availability).toBe('OPEN');

    const sector = await find({ ...base, sector: 'video-media' });
    expect(sector.totalCount).toBeLessThan(all.totalCount);
    expect(sector.totalCount).toBeGreaterThan(0);
    const inSector = (slug: string) =>
      allOrgs(slug).some((o) => community.organizations.find((x) => x.slug === o)?.sectors.includes('video-media')) ||
      projectsOf(slug).some((pr) => community.projects.find((x) => x.slug === pr)?.sectors.includes('video-media'));
    for (const m of sector.matches) expect(inSector(m.person.slug)).toBe(true);

    const startups = await find({ ...base, organizationKind: 'STARTUP' });
    expect(startups.totalCount).toBeLessThan(all.totalCount);
    for (const m of startups.matches) {
      expect(currentOrgs(m.person.slug).some((o) => organizationKind.get(o) === 'STARTUP')).toBe(true);
    }
    expect(new Set(slugs(startups.matches)).size).toBe(startups.matches.length);
  });

  test('a signed-in viewer gets paths and a closeness term; closer people gain rank', async () => {
    const viewer = member('karim-benali');
    const search = { skills: ['produzione-video', 'streaming-live'], mode: 'ANY' };
    const anonymous = await find(search);
    const signedIn = await find(search, viewer);
    expectRanked(signedIn.matches);
    expect(slugs(signedIn.matches)).not.toContain('karim-benali');
    const close = signedIn.matches.filter((m) => m.breakdown.closeness > 0);
    expect(close.length).toBeGreaterThan(0);
    for (const m of close) {
      expect(m.path).not.toBeNull();
      const steps = m.path!;
      expect(steps[0]!.id).toBe(viewer.personId);
      expect(steps[steps.length - 1]!.id).toBe(m.person.id);
      expectLinkedPath(steps);
      // The same evidence as for a visitor, plus closeness.
      const before = anonymous.matches.find((a) => a.person.id === m.person.id);
      if (before) expect(m.score).toBeCloseTo(before.score + m.breakdown.closeness, 2);
      const kind = steps.length === 3 ? (steps[1]!.__typename === 'Project' ? 12 : 8) : 4;
      expect(m.breakdown.closeness).toBe(kind);
    }
    for (const m of signedIn.matches.filter((x) => x.breakdown.closeness === 0)) expect(m.path).toBeNull();
    for (const m of anonymous.matches) {
      expect(m.path).toBeNull();
      expect(m.breakdown.closeness).toBe(0);
    }
    // Of two people equal in everything but closeness, the closer one ranks first.
    const key = (m: Match) => m.score - m.breakdown.closeness;
    const pairs = signedIn.matches.flatMap((a, i) =>
      signedIn.matches.slice(i + 1).map((b) => [a, b] as const),
    ).filter(([a, b]) => Math.abs(key(a) - key(b)) < 1e-9 && a.breakdown.closeness !== b.breakdown.closeness);
    for (const [a, b] of pairs) expect(a.breakdown.closeness).toBeGreaterThan(b.breakdown.closeness);
  });

  test('excludeMyOrganizations leaves out the members of the viewer’s organizations', async () => {
    const viewer = member('karim-benali');
    const mine = new Set(currentOrgs('karim-benali'));
    expect(mine.size).toBeGreaterThan(0);
    const search = { skills: ['produzione-video', 'streaming-live'], mode: 'ANY' };
    const withMine = await find(search, viewer);
    const without = await find({ ...search, excludeMyOrganizations: true }, viewer);
    expect(without.totalCount).toBeLessThan(withMine.totalCount);
    for (const m of without.matches) expect(currentOrgs(m.person.slug).some((o) => mine.has(o))).toBe(false);
    // Without sign-in the flag has nothing to exclude.
    const visitor = await find({ ...search, excludeMyOrganizations: true });
    expect(visitor.totalCount).toBe((await find(search)).totalCount);
  });

  test.each([
    ['no skill', { skills: [], mode: 'ALL' }, 'search.skills'],
    ['six skills', { skills: ['fotografia', 'produzione-video', 'streaming-live', 'montaggio-video', 'regia-video', 'color-correction'], mode: 'ALL' }, 'search.skills'],
    ['an unknown skill', { skills: ['fotografia', 'no-such-skill'], mode: 'ALL' }, 'search.skills'],
    ['minLevel 9', { skills: ['fotografia'], mode: 'ALL', minLevel: 9 }, 'search.minLevel'],
    ['minLevel 0', { skills: ['fotografia'], mode: 'ALL', minLevel: 0 }, 'search.minLevel'],
    ['an unknown sector', { skills: ['fotografia'], mode: 'ALL', sector: 'no-such-sector' }, 'search.sector'],
  ])('%s is BAD_USER_INPUT naming the field', async (_what, search, field) => {
    const result = await gql(FIND, { search });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  /**
   * The fast path (exact-match patterns, pools, endorsements for the best few only) must
   * give the true top N by the documented score: here every person of the demo community
   * is scored in plain JS from lib/seed/data with score.ts, and both lists must agree, on
   * small pages too (where the pools and the step-2 bound matter most).
   */
  describe('agrees with scoring every person from the seed data', () => {
    const skillBySlug = new Map(community.skills.map((s) => [s.slug, s]));
    const names = (slug: string) => {
      const s = skillBySlug.get(slug);
      return new Set([s?.name ?? '', s?.nameEn ?? '', ...(s?.aliases ?? [])].map((n) => n.trim().toLowerCase()).filter(Boolean));
    };
    const relatedPairs = community.skills.flatMap((s) => (s.related ?? []).map((r) => [s.slug, r] as const));

    /** Every way a skill partly matches a wanted one (the service's expansion, from the seed). */
    function links(wanted: readonly string[]): Map<string, { wantedId: string; relation: SkillRelation }[]> {
      const out = new Map<string, { wantedId: string; relation: SkillRelation }[]>();
      const add = (via: string, w: string, relation: SkillRelation) => {
        if (wanted.includes(via)) return;
        const list = out.get(via) ?? [];
        if (!list.some((l) => l.wantedId === w && l.relation === relation)) list.push({ wantedId: w, relation });
        out.set(via, list);
      };
      for (const w of wanted) {
        const broader = skillBySlug.get(w)?.broader;
        if (broader) add(broader, w, 'BROADER');
        for (const s of community.skills) if (s.broader === w) add(s.slug, w, 'NARROWER');
        for (const [a, b] of relatedPairs) {
          if (a === w) add(b, w, 'RELATED');
          if (b === w) add(a, w, 'RELATED');
        }
        const mine = names(w);
        for (const s of community.skills) if (s.slug !== w && [...names(s.slug)].some((n) => mine.has(n))) add(s.slug, w, 'ALIAS');
      }
      return out;
    }

    function bruteForce(search: { skills: string[]; mode: 'ALL' | 'ANY'; minLevel?: number; availability?: string[] }, first: number) {
      const expansion = links(search.skills);
      const scored = community.people.flatMap((p) => {
        if (search.availability && !search.availability.includes(p.availability)) return [];
        const held = p.skills.filter((s) => s.level >= (search.minLevel ?? 1));
        const matchedSkills = search.skills.flatMap((w) => {
          const h = held.find((s) => s.skill === w);
          if (!h) return [];
          const endorsements = community.endorsements.filter((e) => e.to === p.slug && e.skill === w).length;
          return [{ skillId: w, level: h.level, endorsements }];
        });
        const partialMatches = held.flatMap((h) =>
          (expansion.get(h.skill) ?? []).map((l) => ({ wantedId: l.wantedId, viaId: h.skill, relation: l.relation, level: h.level })),
        );
        const covered = new Set([...matchedSkills.map((m) => m.skillId), ...partialMatches.map((m) => m.wantedId)]).size;
        if (covered < (search.mode === 'ALL' ? search.skills.length : 1)) return [];
        const s = scoreMatch({ requested: search.skills.length, matchedSkills, partialMatches, availability: p.availability, closeness: null });
        return [{ personId: p.slug, score: s.score }];
      });
      return { total: scored.length, top: scored.sort(compareScored).slice(0, first) };
    }

    test.each([
      [{ skills: ['produzione-video', 'streaming-live'], mode: 'ALL' as const }, 20],
      [{ skills: ['produzione-video', 'streaming-live'], mode: 'ANY' as const }, 5],
      [{ skills: ['fotografia'], mode: 'ALL' as const }, 3],
      [{ skills: ['montaggio-video'], mode: 'ALL' as const }, 4],
      [{ skills: ['ufficio-stampa', 'fotografia'], mode: 'ANY' as const }, 6],
      [{ skills: ['fotografia', 'produzione-video', 'montaggio-video'], mode: 'ANY' as const, minLevel: 3 }, 5],
      [{ skills: ['montaggio-video', 'sound-design'], mode: 'ALL' as const, availability: ['OPEN', 'LIMITED'] }, 2],
    ])('%j, first %i', async (search, first) => {
      const expected = bruteForce(search, first);
      expect(expected.top.length).toBeGreaterThan(0);
      const got = await find(search, null, first);
      expect(got.totalCount).toBe(expected.total);
      // Same scores in the same order; people with equal scores in id order on both sides.
      expect(got.matches.map((m) => m.score)).toEqual(expected.top.map((m) => m.score));
      const bySlugId = (slug: string) => seedId.person(slug);
      const lastScore = expected.top[expected.top.length - 1]!.score;
      const strictlyAbove = (xs: { score: number; id: string }[]) => xs.filter((x) => x.score > lastScore).map((x) => x.id).sort();
      expect(strictlyAbove(got.matches.map((m) => ({ score: m.score, id: m.person.id })))).toEqual(
        strictlyAbove(expected.top.map((m) => ({ score: m.score, id: bySlugId(m.personId) }))),
      );
    });
  });

  test.each([1, 2, 3, 4, 5])('ALL and ANY with %i skills, with and without filters and sign-in, run and agree', async (k) => {
    const skills = ['montaggio-video', 'produzione-video', 'streaming-live', 'fotografia', 'sound-design'].slice(0, k);
    for (const mode of ['ALL', 'ANY'] as const) {
      const plain = await find({ skills, mode });
      const filtered = await find({ skills, mode, sector: 'video-media' });
      const signedIn = await find({ skills, mode }, member('karim-benali'));
      const excluding = await find({ skills, mode, excludeMyOrganizations: true }, member('karim-benali'));
      for (const r of [plain, filtered, signedIn, excluding]) {
        expect(r.totalCount).toBeGreaterThanOrEqual(r.matches.length);
        expectRanked(r.matches);
      }
      expect(filtered.totalCount).toBeLessThanOrEqual(plain.totalCount);
      expect(excluding.totalCount).toBeLessThanOrEqual(signedIn.totalCount);
      expect(signedIn.totalCount).toBeLessThanOrEqual(plain.totalCount);
    }
  });

  test('first is clamped to 1..50', async () => {
    expect((await find({ skills: ['fotografia'], mode: 'ANY' }, null, 0)).matches).toHaveLength(1);
    const many = await find({ skills: ['produzione-video', 'fotografia'], mode: 'ANY' }, null, 500);
    expect(many.matches.length).toBe(Math.min(50, many.totalCount));
  });
});

// ── howConnected ──────────────────────────────────────────────────────────────────────
describe('howConnected', () => {
  const HOW = `query How($from: ID!, $to: ID!, $maxHops: Int) {
    howConnected(from: $from, to: $to, maxHops: $maxHops) { hops steps { __typename id slug } }
  }`;
  type How = { howConnected: { hops: number; steps: Entity[] } | null };

  test('two seeded people: a path whose consecutive steps are linked', async () => {
    const from = seedId.person('karim-benali');
    const to = seedId.person('stefano-amato');
    const { howConnected } = await data<How>(HOW, { from, to });
    expect(howConnected).not.toBeNull();
    const { hops, steps } = howConnected!;
    expect(hops).toBe(steps.length - 1);
    expect(steps[0]!.id).toBe(from);
    expect(steps[steps.length - 1]!.id).toBe(to);
    expectLinkedPath(steps);
    for (const s of steps) expect(['Person', 'Organization', 'Project']).toContain(s.__typename);
    // Nothing shorter exists: asking for one hop fewer finds nothing.
    expect((await data<How>(HOW, { from, to, maxHops: hops - 1 })).howConnected).toBeNull();
  });

  test('people of one organization are two hops apart; an organization can be an end', async () => {
    const from = seedId.person('marco-zanetti');
    const to = seedId.person('wei-chen');
    expect((await data<How>(HOW, { from, to, maxHops: 2 })).howConnected?.hops).toBe(2);
    const org = await data<How>(HOW, { from: seedId.organization('lucefilm'), to: seedId.person('wei-chen') });
    expect(org.howConnected?.steps[0]?.__typename).toBe('Organization');
    expectLinkedPath(org.howConnected!.steps);
  });

  test('null beyond maxHops and for unknown ids', async () => {
    expect((await data<How>(HOW, { from: seedId.person('marco-zanetti'), to: seedId.person('wei-chen'), maxHops: 1 })).howConnected).toBeNull();
    expect((await data<How>(HOW, { from: 'nobody', to: seedId.person('wei-chen') })).howConnected).toBeNull();
  });

  test.each([0, 7])('maxHops %i is BAD_USER_INPUT', async (maxHops) => {
    const result = await gql(HOW, { from: seedId.person('marco-zanetti'), to: seedId.person('wei-chen'), maxHops });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
  });
});

// ── Open calls ────────────────────────────────────────────────────────────────────────
describe('open calls', () => {
  const openProject = community.projects.find((p) => p.openCall?.open && p.needs.length > 0 && p.slug === 'consiglio-in-diretta')!;

  test('a project with an open call lists matching members, not its own contributors', async () => {
    const { project } = await data<{ project: { matchingMembers: Match[] } }>(
      `query P($slug: String!) { project(slug: $slug) { matchingMembers(first: 10) { ${MATCH_FIELDS} } } }`,
      { slug: openProject.slug },
    );
    const needed = new Set(openProject.needs.map((n) => n.skill));
    const contributors = new Set(openProject.contributors.map((c) => c.person));
    expect(project.matchingMembers.length).toBeGreaterThan(0);
    expectRanked(project.matchingMembers);
    for (const m of project.matchingMembers) {
      expect(contributors.has(m.person.slug)).toBe(false);
      const covered = [...m.matchedSkills.map((s) => s.skill.slug), ...m.partialMatches.map((p) => p.wanted.slug)];
      expect(covered.length).toBeGreaterThan(0);
      for (const slug of covered) expect(needed.has(slug)).toBe(true);
    }
  });

  test('a project without an open call has no matching members', async () => {
    const closed = community.projects.find((p) => !p.openCall?.open)!;
    const { project } = await data<{ project: { matchingMembers: Match[] } }>(
      `query P($slug: String!) { project(slug: $slug) { matchingMembers { person { slug } } } }`,
      { slug: closed.slug },
    );
    expect(project.matchingMembers).toEqual([]);
  });

  const CALLS = `query C($slug: String!) { person(slug: $slug) {
    matchingCalls(first: 10) { project { slug } score matchedSkills { skill { slug } level } partialMatches { wanted { slug } via { slug } relation } }
  } }`;
  type Calls = { person: { matchingCalls: { project: { slug: string }; score: number; matchedSkills: { skill: { slug: string } }[]; partialMatches: { wanted: { slug: string } }[] }[] } | null };

  test('matching calls: the person sees open calls their skills answer', async () => {
    // Karim holds live streaming, which the council's open call needs.
    const { person } = await data<Calls>(CALLS, { slug: 'karim-benali' }, member('karim-benali'));
    const calls = person!.matchingCalls;
    expect(calls.length).toBeGreaterThan(0);
    for (let i = 1; i < calls.length; i++) expect(calls[i - 1]!.score).toBeGreaterThanOrEqual(calls[i]!.score);
    const own = new Set(projectsOf('karim-benali'));
    for (const c of calls) {
      expect(own.has(c.project.slug)).toBe(false);
      const project = community.projects.find((p) => p.slug === c.project.slug)!;
      expect(project.openCall?.open).toBe(true);
      const needs = new Set(project.needs.map((n) => n.skill));
      for (const s of c.matchedSkills) expect(needs.has(s.skill.slug)).toBe(true);
      for (const p of c.partialMatches) expect(needs.has(p.wanted.slug)).toBe(true);
    }
    if (!own.has('consiglio-in-diretta')) expect(calls.map((c) => c.project.slug)).toContain('consiglio-in-diretta');
  });

  test('staff may see anyone’s matching calls', async () => {
    const { person } = await data<Calls>(CALLS, { slug: 'karim-benali' }, staff);
    expect(person!.matchingCalls.length).toBeGreaterThan(0);
  });

  test.each([
    ['another member', member('wei-chen')],
    ['a visitor', null],
  ])('%s gets FORBIDDEN', async (_who, viewer) => {
    const result = await gql<Calls>(CALLS, { slug: 'karim-benali' }, viewer);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

// Keep the map of ids to slugs used (readable failures when debugging paths).
test('seed ids resolve', () => {
  expect(slugOfPerson.get(seedId.person('karim-benali'))).toBe('karim-benali');
});
