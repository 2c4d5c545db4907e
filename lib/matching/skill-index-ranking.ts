import type { CandidateRow } from './queries';
import { levelOf, type SkillIndex } from './skill-index';

/**
 * The unfiltered ranking statements of queries.ts (rankExact, rankCovering, countCovering,
 * rankExactHolders, rankHolders, countHolders, endorsementsOf) answered from the in-memory
 * skill index, row for row: the same candidates, the same evidence, the same order
 * (rank key descending, then id) and the same pool limit.
 */

/** The person filter of every ranking statement: public, availability among those asked, not the viewer. */
export interface PersonFilter {
  availability: readonly string[];
  /** The viewer's person id to leave out, or '' for none. */
  excludeId: string;
}

function passes(index: SkillIndex, person: number, filter: PersonFilter): boolean {
  if (index.active[person] !== 1) return false;
  const availability = index.availability[person];
  if (availability === null || availability === undefined || !filter.availability.includes(availability)) return false;
  return index.ids[person] !== filter.excludeId;
}

/** Per person, the best level held among `skills` at `minLevel` or more (0: none). */
function bestLevels(index: SkillIndex, skills: readonly string[], minLevel: number): Uint8Array {
  const best = new Uint8Array(index.ids.length);
  for (const skill of skills) {
    const held = index.holders.get(skill);
    if (!held) continue;
    for (let i = 0; i < held.people.length; i++) {
      const level = held.levels[i] ?? 0;
      const person = held.people[i] ?? 0;
      if (level >= minLevel && level > (best[person] ?? 0)) best[person] = level;
    }
  }
  return best;
}

/** The people who hold one of `skills` at `minLevel` or more, each once. */
function holdersOf(index: SkillIndex, skills: readonly string[], minLevel: number): number[] {
  const seen = new Uint8Array(index.ids.length);
  const out: number[] = [];
  for (const skill of skills) {
    const held = index.holders.get(skill);
    if (!held) continue;
    for (let i = 0; i < held.people.length; i++) {
      const person = held.people[i] ?? 0;
      if ((held.levels[i] ?? 0) >= minLevel && seen[person] === 0) {
        seen[person] = 1;
        out.push(person);
      }
    }
  }
  return out;
}

/** The best `pool` of `people` by `key` descending, then id ascending. */
function top(index: SkillIndex, people: readonly number[], key: (person: number) => number, pool: number): number[] {
  const n = index.ids.length;
  // One number per person: key first, then the reversed id rank, so a plain numeric sort orders both.
  const combined = new Float64Array(people.length);
  people.forEach((person, i) => {
    combined[i] = key(person) * n + (n - 1 - (index.order[person] ?? 0));
  });
  combined.sort();
  const out: number[] = [];
  for (let i = combined.length - 1; i >= 0 && out.length < pool; i--) {
    const rank = n - 1 - ((combined[i] ?? 0) % n);
    out.push(index.byRank[rank] ?? 0);
  }
  return out;
}

/** The skills of `group` a person holds at `minLevel` or more, with their levels. */
function evidence(index: SkillIndex, person: number, group: readonly string[], minLevel: number): { skills: string[]; levels: number[] } {
  const skills: string[] = [];
  const levels: number[] = [];
  for (const skill of group) {
    const level = levelOf(index, skill, person);
    if (level >= minLevel && level > 0) {
      skills.push(skill);
      levels.push(level);
    }
  }
  return { skills, levels };
}

/** rankExact: people holding each requested skill at `minLevel` or more, best by the sum of those levels. */
export function exactPool(
  index: SkillIndex,
  wanted: readonly string[],
  minLevel: number,
  filter: PersonFilter,
  pool: number,
): { id: string; availability: string | null; levels: number[] }[] {
  const perSkill = wanted.map((skill) => bestLevels(index, [skill], minLevel));
  const [first, ...rest] = wanted;
  if (first === undefined) return [];
  const candidates = holdersOf(index, [first], minLevel).filter(
    (p) => rest.every((_, j) => (perSkill[j + 1]?.[p] ?? 0) > 0) && passes(index, p, filter),
  );
  const sum = (p: number) => perSkill.reduce((total, levels) => total + (levels[p] ?? 0), 0);
  return top(index, candidates, sum, pool).map((p) => ({
    id: index.ids[p] ?? '',
    availability: index.availability[p] ?? null,
    levels: perSkill.map((levels) => levels[p] ?? 0),
  }));
}

/** The people covering every group (one skill of each at `minLevel` or more) who pass the filter. */
function covering(index: SkillIndex, groups: readonly (readonly string[])[], minLevel: number, filter: PersonFilter) {
  const best = groups.map((group) => bestLevels(index, group, minLevel));
  const [first] = groups;
  if (!first) return { best, people: [] as number[] };
  const people = holdersOf(index, first, minLevel).filter(
    (p) => best.every((levels) => (levels[p] ?? 0) > 0) && passes(index, p, filter),
  );
  return { best, people };
}

/** rankCovering: people covering every group, best by the sum of their best level per group. */
export function coveringPool(
  index: SkillIndex,
  groups: readonly (readonly string[])[],
  minLevel: number,
  filter: PersonFilter,
  pool: number,
): CandidateRow[] {
  const { best, people } = covering(index, groups, minLevel, filter);
  const key = (p: number) => best.reduce((total, levels) => total + (levels[p] ?? 0), 0);
  return top(index, people, key, pool).map((p) => {
    const held = groups.map((group) => evidence(index, p, group, minLevel));
    return {
      id: index.ids[p] ?? '',
      availability: index.availability[p] ?? null,
      skills: held.map((h) => h.skills),
      levels: held.map((h) => h.levels),
    };
  });
}

/** countCovering: how many people cover every group and pass the filter. */
export function coveringCount(index: SkillIndex, groups: readonly (readonly string[])[], minLevel: number, filter: PersonFilter): number {
  return covering(index, groups, minLevel, filter).people.length;
}

function anyRow(index: SkillIndex, p: number, skillIds: readonly string[], minLevel: number): CandidateRow {
  const held = evidence(index, p, skillIds, minLevel);
  return { id: index.ids[p] ?? '', availability: index.availability[p] ?? null, skills: [held.skills], levels: [held.levels] };
}

/** Per person, how many of `skills` are held at `minLevel` or more and the sum of their levels, as n·1000 + sum. */
function countAndSum(index: SkillIndex, skills: readonly string[], minLevel: number): Float64Array {
  const key = new Float64Array(index.ids.length);
  for (const skill of new Set(skills)) {
    const held = index.holders.get(skill);
    if (!held) continue;
    for (let i = 0; i < held.people.length; i++) {
      const level = held.levels[i] ?? 0;
      const person = held.people[i] ?? 0;
      if (level >= minLevel) key[person] = (key[person] ?? 0) + 1000 + level;
    }
  }
  return key;
}

/** rankExactHolders: people holding requested skills exactly, best by how many and their levels. */
export function exactHoldersPool(
  index: SkillIndex,
  wanted: readonly string[],
  skillIds: readonly string[],
  minLevel: number,
  filter: PersonFilter,
  pool: number,
): CandidateRow[] {
  const key = countAndSum(index, wanted, minLevel);
  const people = holdersOf(index, wanted, minLevel).filter((p) => passes(index, p, filter));
  return top(index, people, (p) => key[p] ?? 0, pool).map((p) => anyRow(index, p, skillIds, minLevel));
}

/** rankHolders: people holding any skill of the expanded set, best by how many and their levels. */
export function holdersPool(index: SkillIndex, skillIds: readonly string[], minLevel: number, filter: PersonFilter, pool: number): CandidateRow[] {
  const key = countAndSum(index, skillIds, minLevel);
  const people = holdersOf(index, skillIds, minLevel).filter((p) => passes(index, p, filter));
  return top(index, people, (p) => key[p] ?? 0, pool).map((p) => anyRow(index, p, skillIds, minLevel));
}

/** countHolders: how many people hold any skill of the expanded set and pass the filter. */
export function holdersCount(index: SkillIndex, skillIds: readonly string[], minLevel: number, filter: PersonFilter): number {
  return holdersOf(index, skillIds, minLevel).filter((p) => passes(index, p, filter)).length;
}

/** endorsementsOf: endorsements of the requested skills per (person, skill), where any. */
export function endorsementsFor(
  index: SkillIndex,
  ids: readonly string[],
  wanted: readonly string[],
): { id: string; skill: string; endorsements: number }[] {
  const rows: { id: string; skill: string; endorsements: number }[] = [];
  for (const id of ids) {
    const person = index.indexOf.get(id);
    if (person === undefined) continue;
    for (const skill of new Set(wanted)) {
      const endorsements = index.endorsements.get(skill)?.get(person) ?? 0;
      if (endorsements > 0) rows.push({ id, skill, endorsements });
    }
  }
  return rows;
}
