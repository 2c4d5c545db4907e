import {
  AVAILABILITY_POINTS,
  bestPartials,
  CLOSENESS_POINTS,
  compareScored,
  ENDORSEMENT_CAP,
  ENDORSEMENT_POINTS,
  levelShare,
  scoreMatch,
  type MatchEvidence,
} from '@/lib/matching/score';
import { clampFirst, toMatch, type RankRequest } from '@/lib/matching/find-collaborators';
import type { PartialSkillMatch, SkillRelation } from '@/lib/matching/types';

/** Hand-made people for a search; unspecified facts are neutral (OPEN, no link to the viewer). */
function person(over: Partial<MatchEvidence>): MatchEvidence {
  return { requested: 1, matchedSkills: [], partialMatches: [], availability: 'OPEN', closeness: null, ...over };
}
const exact = (skillId: string, level: number, endorsements = 0) => ({ skillId, level, endorsements });
const partial = (wantedId: string, viaId: string, relation: SkillRelation, level: number): PartialSkillMatch => ({
  wantedId,
  viaId,
  relation,
  level,
});
const score = (e: Partial<MatchEvidence>) => scoreMatch(person(e)).score;
const total = (b: ReturnType<typeof scoreMatch>['breakdown']) =>
  b.coverage + b.level + b.partial + b.endorsements + b.availability + b.closeness;

describe('scoring hand-made cases', () => {
  test('a level-5 exact match outranks a level-2 one', () => {
    expect(score({ matchedSkills: [exact('video', 5)] })).toBeGreaterThan(score({ matchedSkills: [exact('video', 2)] }));
  });

  test('an exact match outranks any partial match of the same skill, whatever the levels', () => {
    const weakestExact = score({ matchedSkills: [exact('video', 1)] });
    for (const relation of ['ALIAS', 'NARROWER', 'RELATED', 'BROADER'] as const) {
      expect(weakestExact).toBeGreaterThan(score({ partialMatches: [partial('video', 'other', relation, 5)] }));
    }
  });

  test('partial matches rank by relation: alias > narrower > related > broader', () => {
    const by = (relation: SkillRelation) => score({ partialMatches: [partial('video', 'other', relation, 3)] });
    expect(by('ALIAS')).toBeGreaterThan(by('NARROWER'));
    expect(by('NARROWER')).toBeGreaterThan(by('RELATED'));
    expect(by('RELATED')).toBeGreaterThan(by('BROADER'));
    expect(by('BROADER')).toBeGreaterThan(score({}));
  });

  test('a closer person outranks an equal but farther one', () => {
    const same = { matchedSkills: [exact('video', 3)] };
    const project = score({ ...same, closeness: 'PROJECT' });
    const organization = score({ ...same, closeness: 'ORGANIZATION' });
    const second = score({ ...same, closeness: 'SECOND_DEGREE' });
    const none = score(same);
    expect(project).toBeGreaterThan(organization);
    expect(organization).toBeGreaterThan(second);
    expect(second).toBeGreaterThan(none);
  });

  test('availability: OPEN > LIMITED > UNAVAILABLE', () => {
    const same = { matchedSkills: [exact('video', 3)] };
    expect(score({ ...same, availability: 'OPEN' })).toBeGreaterThan(score({ ...same, availability: 'LIMITED' }));
    expect(score({ ...same, availability: 'LIMITED' })).toBeGreaterThan(score({ ...same, availability: 'UNAVAILABLE' }));
    expect(scoreMatch(person({ availability: 'SOMETHING' })).breakdown.availability).toBe(0);
  });

  test('endorsements add points up to a cap', () => {
    const withEndorsements = (n: number) => scoreMatch(person({ matchedSkills: [exact('video', 3, n)] }));
    expect(withEndorsements(2).breakdown.endorsements).toBe(2 * ENDORSEMENT_POINTS);
    expect(withEndorsements(2).score).toBeGreaterThan(withEndorsements(0).score);
    expect(withEndorsements(ENDORSEMENT_CAP + 10).breakdown.endorsements).toBe(ENDORSEMENT_CAP * ENDORSEMENT_POINTS);
    expect(withEndorsements(7).endorsements).toBe(7);
  });

  test('ALL vs ANY coverage: covering both skills beats covering one at the top level', () => {
    const both = score({ requested: 2, matchedSkills: [exact('video', 2), exact('streaming', 2)] });
    const one = score({ requested: 2, matchedSkills: [exact('video', 5, 5)] });
    expect(both).toBeGreaterThan(one);
    const oneAndPartial = score({
      requested: 2,
      matchedSkills: [exact('video', 3)],
      partialMatches: [partial('streaming', 'audio', 'RELATED', 3)],
    });
    expect(oneAndPartial).toBeGreaterThan(score({ requested: 2, matchedSkills: [exact('video', 3)] }));
    expect(both).toBeGreaterThan(oneAndPartial);
  });

  test('covering one more skill outweighs every other term together', () => {
    const fit = score({ requested: 2, matchedSkills: [exact('video', 3), exact('streaming', 3)], availability: 'UNAVAILABLE' });
    const near = score({ requested: 2, matchedSkills: [exact('video', 3, 99)], closeness: 'PROJECT' });
    expect(fit).toBeGreaterThan(near);
  });

  test('the breakdown adds up to the score', () => {
    const cases: Partial<MatchEvidence>[] = [
      {},
      { requested: 3, matchedSkills: [exact('a', 4, 2), exact('b', 1)], partialMatches: [partial('c', 'd', 'NARROWER', 3)] },
      { requested: 2, matchedSkills: [exact('a', 5, 9)], closeness: 'SECOND_DEGREE', availability: 'LIMITED' },
      { requested: 3, partialMatches: [partial('a', 'x', 'ALIAS', 1), partial('b', 'y', 'BROADER', 4)], closeness: 'PROJECT' },
    ];
    for (const c of cases) {
      const { score: s, breakdown } = scoreMatch(person(c));
      expect(total(breakdown)).toBeCloseTo(s, 6);
    }
    const b = scoreMatch(person({ availability: 'OPEN', closeness: 'ORGANIZATION' })).breakdown;
    expect(b.availability).toBe(AVAILABILITY_POINTS.OPEN);
    expect(b.closeness).toBe(CLOSENESS_POINTS.ORGANIZATION);
  });

  test('only the best partial match per requested skill counts, and none for a skill matched exactly', () => {
    const partials = bestPartials({
      matchedSkills: [exact('video', 2)],
      partialMatches: [
        partial('video', 'editing', 'NARROWER', 5),
        partial('streaming', 'audio', 'RELATED', 5),
        partial('streaming', 'directing', 'NARROWER', 4),
        partial('streaming', 'media', 'BROADER', 5),
      ],
    });
    expect(partials).toEqual([partial('streaming', 'directing', 'NARROWER', 4)]);
  });

  test('open calls: a level at or above the need earns the full level points', () => {
    const needed = new Map([['video', 3]]);
    expect(levelShare(3, 3)).toBe(1);
    expect(levelShare(5, 3)).toBe(1);
    expect(levelShare(2, 4)).toBe(0.5);
    expect(levelShare(5)).toBe(1);
    const atNeed = score({ matchedSkills: [exact('video', 3)], neededLevels: needed });
    const above = score({ matchedSkills: [exact('video', 5)], neededLevels: needed });
    const below = score({ matchedSkills: [exact('video', 1)], neededLevels: needed });
    expect(atNeed).toBe(above);
    expect(atNeed).toBeGreaterThan(below);
  });

  test('ties keep a stable order by id', () => {
    const rows = [
      { personId: 'b', score: 10 },
      { personId: 'a', score: 10 },
      { personId: 'c', score: 12 },
    ];
    expect(rows.sort(compareScored).map((r) => r.personId)).toEqual(['c', 'a', 'b']);
  });
});

describe('turning a ranking row into an explained match', () => {
  const request: RankRequest = {
    wanted: ['video', 'streaming'],
    expansion: new Map([['editing', [{ wantedId: 'video', relation: 'NARROWER' as const }]]]),
    mode: 'ALL',
    minLevel: 1,
    availability: ['OPEN', 'LIMITED', 'UNAVAILABLE'],
    sector: null,
    organizationKind: null,
    excludeMembersOf: null,
    excludeContributorsOf: null,
    viewerPersonId: 'me',
    first: 20,
  };
  const row = {
    id: 'p1',
    availability: 'LIMITED',
    skills: ['editing', 'streaming', 'cooking'],
    levels: [4, 3, 5],
    endorsements: [1, 2, 0],
  };

  test('exact and partial skills, endorsements of exact ones, and the path through the shared project', () => {
    const match = toMatch({ ...row, closeness: { sharedProject: 'proj', sharedOrganization: 'org', viaCollaborator: null } }, request);
    expect(match.matchedSkills).toEqual([exact('streaming', 3, 2)]);
    expect(match.partialMatches).toEqual([partial('video', 'editing', 'NARROWER', 4)]);
    expect(match.endorsements).toBe(2);
    expect(match.path).toEqual(['me', 'proj', 'p1']);
    expect(match.breakdown.closeness).toBe(CLOSENESS_POINTS.PROJECT);
    expect(total(match.breakdown)).toBeCloseTo(match.score, 6);
  });

  test('a collaborator in common gives a four-hop path', () => {
    const match = toMatch({ ...row, closeness: { sharedProject: null, sharedOrganization: null, viaCollaborator: 'x|c|y' } }, request);
    expect(match.path).toEqual(['me', 'y', 'c', 'x', 'p1']);
    expect(match.breakdown.closeness).toBe(CLOSENESS_POINTS.SECOND_DEGREE);
  });

  test('visitors get no path and no closeness', () => {
    const match = toMatch(row, { ...request, viewerPersonId: null });
    expect(match.path).toBeNull();
    expect(match.breakdown.closeness).toBe(0);
  });
});

test('first is clamped', () => {
  expect(clampFirst(undefined, 20, 50)).toBe(20);
  expect(clampFirst(0, 20, 50)).toBe(1);
  expect(clampFirst(500, 20, 50)).toBe(50);
  expect(clampFirst(7.9, 20, 50)).toBe(7);
});
