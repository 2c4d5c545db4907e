import type { Viewer } from '../auth/viewer';
import type { QueryRunner } from '../graph/store';
import {
  aliasSkills,
  closenessTo,
  countCovering,
  countCoveringFiltered,
  countHolders,
  countHoldersFiltered,
  endorsementsOf,
  rankCovering,
  rankCoveringFiltered,
  rankExact,
  rankExactHolders,
  rankExactHoldersFiltered,
  rankHolders,
  rankHoldersFiltered,
  sectorBySlug,
  broaderSkills,
  narrowerSkills,
  relatedSkills,
  skillsBySlug,
  type CandidateRow,
  type ClosenessRow,
  type SkillRow,
} from './queries';
import {
  AVAILABILITY_POINTS,
  CLOSENESS_POINTS,
  compareScored,
  COVERAGE_WEIGHT,
  ENDORSEMENT_CAP,
  ENDORSEMENT_POINTS,
  LEVEL_WEIGHT,
  RELATION_FACTOR,
  scoreMatch,
  type Closeness,
} from './score';
import { logger } from '../log';
import { personSummary, skillIndexFor, type SkillIndex } from './skill-index';
import {
  coveringCount,
  coveringPool,
  endorsementsFor,
  exactHoldersPool,
  exactPool,
  holdersCount,
  holdersPool,
} from './skill-index-ranking';
import type {
  CollaboratorMatch,
  CollaboratorResults,
  FindCollaborators,
  MatchedSkill,
  PartialSkillMatch,
  SkillMatchMode,
  SkillRelation,
} from './types';

/**
 * Find collaborators by skill: validates the search, expands the requested skills to the
 * ones that partly match them (taxonomy and aliases), ranks in two steps and scores with
 * score.ts:
 *
 * 1. the store finds the candidates with statements whose shape is fast and exact in
 *    Kùzu (queries.ts): for ALL, one fixed pattern per number of skills (exact matches
 *    only for one skill; for two or more, every person covering each skill exactly or
 *    partially); for ANY, the holders of requested skills plus the holders of any
 *    partly matching one. Each returns the best pool by the levels held, with the
 *    evidence of skill fit (the skills held and their levels), and a count statement
 *    gives the total;
 * 2. every candidate of the pool is scored with score.ts; for those that can still reach
 *    the page, the terms that are costly per candidate (endorsements of the matched
 *    skills; closeness to a signed-in viewer) are read by id first.
 *
 * This is a two-step ranking in which step 2 scores the pool exactly, and the
 * explanation shown for each result (matched and partial skills, endorsements, the path
 * from the viewer) is the very evidence its score was computed from: nothing is guessed
 * afterwards. Step 2 can only add points (endorsements at most 10, closeness at most 12),
 * so a candidate whose score before them plus those maxima stays below the page's last
 * score cannot belong on the page (`extrasFor`). The pool is ordered by levels, not by
 * the whole score, so on a large community a candidate past the pool could in principle
 * outscore the last of the page by availability or endorsements; on the demo community
 * the pools hold every candidate and `tests/integration/matching.test.ts` checks the
 * results against scoring every person in plain JS.
 */

export const MAX_SKILLS = 5;
export const DEFAULT_RESULTS = 20;
export const MAX_RESULTS = 50;
/**
 * Step 1: how many candidates each ranking statement hands to the scorer, ordered by
 * match strength (exact matches, levels). Skill fit is the dominant term, so the final
 * top 50 lies well inside the pool.
 */
export const CANDIDATE_POOL = 100;
/**
 * Step 2: endorsements and closeness are read for at most this many candidates beyond
 * the page size (the statements scan the id column once per id asked).
 */
export const EXTRAS_MARGIN = 10;

export const AVAILABILITIES = ['OPEN', 'LIMITED', 'UNAVAILABLE'] as const;
export const ORGANIZATION_KINDS = ['STARTUP', 'COMPANY', 'ASSOCIATION', 'COOPERATIVE', 'INSTITUTION', 'COLLECTIVE', 'HUB'] as const;

/** A search the caller got wrong; `field` names the input field (the resolver maps it to BAD_USER_INPUT). */
export class InvalidMatchInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidMatchInputError';
  }
}

/** `first` clamped to 1..max, `fallback` when absent. */
export function clampFirst(first: number | null | undefined, fallback: number, max: number): number {
  if (first === null || first === undefined || !Number.isFinite(first)) return fallback;
  return Math.min(max, Math.max(1, Math.trunc(first)));
}

/** Today in Rome, as YYYY-MM-DD, to tell current memberships from ended ones. */
export function todayInRome(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}

/** Where each skill that partly matches a requested one points: via id → its partial links. */
export type Expansion = Map<string, { wantedId: string; relation: SkillRelation }[]>;

const lowerNames = (s: SkillRow): string[] =>
  [s.name, s.nameEn ?? '', ...(s.aliases ?? [])].map((n) => n.trim().toLowerCase()).filter((n) => n.length > 0);

/**
 * The skills that partly match the wanted ones: broader, narrower and related skills from
 * the taxonomy, and other skills sharing a name or alias (ALIAS). A requested skill is
 * never a partial match of another requested skill.
 */
export async function expandSkills(tx: QueryRunner, wanted: readonly SkillRow[]): Promise<Expansion> {
  const ids = wanted.map((w) => w.id);
  const terms = [...new Set(wanted.flatMap(lowerNames))];
  // One statement at a time: a unit of work runs on one connection.
  const broader = await tx.run(broaderSkills, { ids });
  const narrower = await tx.run(narrowerSkills, { ids });
  const related = await tx.run(relatedSkills, { ids });
  const aliases = terms.length > 0 ? await tx.run(aliasSkills, { ids, terms }) : [];
  const expansion: Expansion = new Map();
  const wantedIds = new Set(ids);
  const add = (viaId: string, wantedId: string, relation: SkillRelation) => {
    // A requested skill counts once, as itself: "video production + streaming" wants a
    // second skill besides streaming, even though streaming is a kind of video production.
    if (wantedIds.has(viaId)) return;
    const links = expansion.get(viaId) ?? [];
    if (!links.some((l) => l.wantedId === wantedId && l.relation === relation)) links.push({ wantedId, relation });
    expansion.set(viaId, links);
  };
  for (const n of broader) add(n.via, n.wanted, 'BROADER');
  for (const n of narrower) add(n.via, n.wanted, 'NARROWER');
  for (const n of related) add(n.via, n.wanted, 'RELATED');
  for (const other of aliases) {
    const names = new Set(lowerNames(other));
    for (const w of wanted) if (lowerNames(w).some((n) => names.has(n))) add(other.id, w.id, 'ALIAS');
  }
  return expansion;
}

/** Everything the ranking statement needs, already validated. */
export interface RankRequest {
  /** Requested skill ids, 1..5, in the order asked. */
  wanted: readonly string[];
  expansion: Expansion;
  mode: SkillMatchMode;
  minLevel: number;
  availability: readonly string[];
  sector: string | null;
  organizationKind: string | null;
  /** Leave out people sharing a current organization with this person. */
  excludeMembersOf: string | null;
  /** Leave out the contributors of this project (open calls). */
  excludeContributorsOf: string | null;
  /** Open calls: the level each wanted skill is needed at. */
  neededLevels?: ReadonlyMap<string, number>;
  /** The signed-in viewer's person, for closeness and the path; also left out of the results. */
  viewerPersonId: string | null;
  first: number;
  /** Step 1's pool size (default CANDIDATE_POOL); tests raise it to score every candidate. */
  pool?: number;
  /** How many candidates step 2 may read (default first + EXTRAS_MARGIN); tests raise it. */
  extras?: number;
  /**
   * The in-memory skill index (skill-index.ts): when given, the unfiltered ranking and the
   * endorsements are read from it instead of the store, with the same results.
   */
  index?: SkillIndex;
}

/** A ranking row (held skills and levels flattened, aligned), with what step 2 read for it. */
export type RankedRow = {
  id: string;
  availability: string | null;
  skills: readonly string[];
  levels: readonly number[];
  /** Endorsements per held skill, aligned with `skills`; absent when not read (then 0). */
  endorsements?: readonly number[];
  /** The closeness witnesses for a signed-in viewer; absent when not read (then none). */
  closeness?: Omit<ClosenessRow, 'id'>;
};

function closenessOf(
  witness: Omit<ClosenessRow, 'id'>,
  personId: string,
  viewerId: string,
): { closeness: Closeness | null; path: string[] | null } {
  if (witness.sharedProject) return { closeness: 'PROJECT', path: [viewerId, witness.sharedProject, personId] };
  if (witness.sharedOrganization) return { closeness: 'ORGANIZATION', path: [viewerId, witness.sharedOrganization, personId] };
  if (witness.viaCollaborator) {
    const [x, c, y] = witness.viaCollaborator.split('|');
    if (x && c && y) return { closeness: 'SECOND_DEGREE', path: [viewerId, y, c, x, personId] };
  }
  return { closeness: null, path: null };
}

/** Turns one ranking row into a scored match: the evidence, the score and its explanation. */
export function toMatch(row: RankedRow, request: RankRequest): CollaboratorMatch {
  const wanted = new Set(request.wanted);
  const matchedSkills: MatchedSkill[] = [];
  const partialMatches: PartialSkillMatch[] = [];
  const seen = new Set<string>();
  row.skills.forEach((skillId, i) => {
    if (seen.has(skillId)) return;
    seen.add(skillId);
    const level = row.levels[i] ?? 0;
    if (wanted.has(skillId)) matchedSkills.push({ skillId, level, endorsements: row.endorsements?.[i] ?? 0 });
    for (const link of request.expansion.get(skillId) ?? []) {
      partialMatches.push({ wantedId: link.wantedId, viaId: skillId, relation: link.relation, level });
    }
  });
  const order = (id: string) => request.wanted.indexOf(id);
  matchedSkills.sort((a, b) => order(a.skillId) - order(b.skillId));
  const near =
    request.viewerPersonId && row.closeness
      ? closenessOf(row.closeness, row.id, request.viewerPersonId)
      : { closeness: null, path: null };
  const scored = scoreMatch({
    requested: request.wanted.length,
    matchedSkills,
    partialMatches,
    availability: row.availability ?? '',
    closeness: near.closeness,
    neededLevels: request.neededLevels,
  });
  return {
    personId: row.id,
    score: scored.score,
    breakdown: scored.breakdown,
    matchedSkills,
    partialMatches: scored.partialMatches.sort((a, b) => order(a.wantedId) - order(b.wantedId)),
    endorsements: scored.endorsements,
    path: near.path,
  };
}

const MAX_ENDORSEMENT_POINTS = ENDORSEMENT_POINTS * ENDORSEMENT_CAP;
const MAX_CLOSENESS_POINTS = Math.max(...Object.values(CLOSENESS_POINTS));
const MAX_AVAILABILITY_POINTS = Math.max(...Object.values(AVAILABILITY_POINTS));

/** The most step 2 can add to a match scored without endorsements and closeness. */
function maxExtra(match: CollaboratorMatch, request: RankRequest): number {
  return (match.matchedSkills.length > 0 ? MAX_ENDORSEMENT_POINTS : 0) + (request.viewerPersonId ? MAX_CLOSENESS_POINTS : 0);
}

/**
 * For one skill, ALL without filters ranks the exact matches first. People with fewer
 * than k exact matches (the rest covered partially) score at most this much: k − 1 exact
 * matches at level 5 and the best partial factor the expansion offers, plus every other
 * term at its maximum. Null when the expansion offers no partial match at all.
 */
function bestPossibleWithPartials(request: RankRequest): number | null {
  let factor = 0;
  for (const links of request.expansion.values()) for (const l of links) factor = Math.max(factor, RELATION_FACTOR[l.relation]);
  if (factor === 0) return null;
  const k = request.wanted.length;
  const fit = ((COVERAGE_WEIGHT + LEVEL_WEIGHT) * (k - 1 + factor)) / k;
  return fit + MAX_AVAILABILITY_POINTS + MAX_ENDORSEMENT_POINTS + (request.viewerPersonId ? MAX_CLOSENESS_POINTS : 0);
}

/**
 * Step 2's candidates: those whose score before endorsements and closeness, plus the most
 * those can add, reaches the page's current last score; in order, at most `limit`.
 */
function extrasFor(preliminary: readonly CollaboratorMatch[], request: RankRequest, limit: number): string[] {
  const last = preliminary[request.first - 1]?.score ?? -Infinity;
  return preliminary
    .filter((m) => m.score + maxExtra(m, request) >= last)
    .slice(0, limit)
    .map((m) => m.personId);
}

/** Flattens a ranking row's grouped evidence; a skill seen twice (one row per combination) counts once. */
function flatten(row: CandidateRow): RankedRow {
  const skills: string[] = [];
  const levels: number[] = [];
  row.skills.forEach((group, g) =>
    group.forEach((skill, i) => {
      if (skills.includes(skill)) return;
      skills.push(skill);
      levels.push(row.levels[g]?.[i] ?? 0);
    }),
  );
  return { id: row.id, availability: row.availability, skills, levels };
}

/** Adds rows of `more` whose person is not in `rows` yet. */
function union(rows: RankedRow[], more: readonly RankedRow[]): RankedRow[] {
  const seen = new Set(rows.map((r) => r.id));
  return [...rows, ...more.filter((r) => !seen.has(r.id))];
}

/** Ranks, reads the costly terms for the best few and returns the best `first` matches with the total. */
export async function rankPeople(tx: QueryRunner, request: RankRequest): Promise<CollaboratorResults> {
  const k = request.wanted.length;
  const groups = request.wanted.map((wantedId) => [
    wantedId,
    ...[...request.expansion].filter(([, links]) => links.some((l) => l.wantedId === wantedId)).map(([via]) => via),
  ]);
  const filtered = Boolean(request.sector || request.organizationKind || request.excludeMembersOf || request.excludeContributorsOf);
  // A viewer is left out of the count as of the results: the visitor form reads no id.
  const countFiltered = filtered || request.viewerPersonId !== null;
  const viewerId = request.viewerPersonId ?? '';
  const pool = request.pool ?? CANDIDATE_POOL;
  const wanted = [...request.wanted];
  // Kùzu refuses parameters a statement does not use, so each gets exactly its own.
  const person = { availability: [...request.availability], viewerId };
  const optional = {
    sector: request.sector ?? '',
    organizationKind: request.organizationKind ?? '',
    excludeMembersOf: request.excludeMembersOf ?? '',
    excludeContributorsOf: request.excludeContributorsOf ?? '',
    today: todayInRome(),
  };
  const { viewerId: _unused, ...visitor } = person;
  const countParams = countFiltered ? { ...person, ...optional } : visitor;
  const rankParams = filtered ? { ...person, ...optional, pool } : { ...person, pool };

  // Step 1: the pool, with the evidence of skill fit, and the total.
  let rows: RankedRow[];
  let total: number;
  const index = request.index && !filtered ? request.index : null;
  const indexFilter = { availability: request.availability, excludeId: viewerId };
  if (index) {
    const { minLevel } = request;
    if (request.mode === 'ALL') {
      const ceiling = k === 1 && !request.neededLevels ? bestPossibleWithPartials(request) : null;
      if (k === 1 && !request.neededLevels) {
        rows = exactPool(index, wanted, minLevel, indexFilter, pool).map((r) => ({ ...r, skills: wanted }));
        const page = rows.map((row) => toMatch(row, request)).sort(compareScored);
        const last = page[request.first - 1]?.score;
        if (ceiling !== null && (last === undefined || last <= ceiling)) {
          rows = union(rows, coveringPool(index, groups, minLevel, indexFilter, pool).map(flatten));
        }
      } else {
        rows = coveringPool(index, groups, minLevel, indexFilter, pool).map(flatten);
      }
      total = coveringCount(index, groups, minLevel, indexFilter);
    } else {
      const skillIds = [...new Set(groups.flat())];
      rows = union(
        exactHoldersPool(index, wanted, skillIds, minLevel, indexFilter, pool).map(flatten),
        holdersPool(index, skillIds, minLevel, indexFilter, pool).map(flatten),
      );
      total = holdersCount(index, skillIds, minLevel, indexFilter);
    }
  } else if (request.mode === 'ALL') {
    const covering = rankCovering[k - 1];
    const coveringFiltered = rankCoveringFiltered[k - 1];
    const counting = countFiltered ? countCoveringFiltered[k - 1] : countCovering[k - 1];
    const exactQuery = rankExact[k - 1];
    if (!covering || !coveringFiltered || !counting || !exactQuery) throw new RangeError(`From 1 to ${MAX_SKILLS} skills`);
    const groupParams = { ...Object.fromEntries(groups.map((g, i) => [`g${i + 1}`, g])), minLevel: request.minLevel };
    const coverRows = async () =>
      (await tx.run(filtered ? coveringFiltered : covering, { ...groupParams, ...rankParams })).map(flatten);
    if (filtered || request.neededLevels || k > 1) {
      // With two skills or more, people who cover one skill only partially can outscore
      // exact matches at low levels (up to 70·(k−1+0.7)/k + 16 against 54 + …), so the
      // covering pattern, which holds both, is the pool.
      rows = await coverRows();
    } else {
      const exact = await tx.run(exactQuery, {
        ...Object.fromEntries(wanted.map((id, i) => [`s${i + 1}`, id])),
        minLevel: request.minLevel,
        ...rankParams,
      });
      rows = exact.map((r) => ({ id: r.id, availability: r.availability, skills: wanted, levels: r.levels }));
      // People covering some skills only partially join when they could reach the page.
      const ceiling = bestPossibleWithPartials(request);
      const page = rows.map((row) => toMatch(row, request)).sort(compareScored);
      const last = page[request.first - 1]?.score;
      if (ceiling !== null && (last === undefined || last <= ceiling)) rows = union(rows, await coverRows());
    }
    total = (await tx.run(counting, { ...groupParams, ...countParams }))[0]?.total ?? 0;
  } else {
    const held = { skillIds: [...new Set(groups.flat())], minLevel: request.minLevel };
    const exactHolders = await tx.run(filtered ? rankExactHoldersFiltered : rankExactHolders, { ...held, wanted, ...rankParams });
    const holders = await tx.run(filtered ? rankHoldersFiltered : rankHolders, { ...held, ...rankParams });
    rows = union(exactHolders.map(flatten), holders.map(flatten));
    total = (await tx.run(countFiltered ? countHoldersFiltered : countHolders, { ...held, ...countParams }))[0]?.total ?? 0;
  }

  // Step 2: endorsements and closeness for the candidates that could still reach the page.
  const preliminary = rows.map((row) => toMatch(row, request)).sort(compareScored);
  const ids = extrasFor(preliminary, request, request.extras ?? request.first + EXTRAS_MARGIN);
  const extras = new Set(ids);
  const endorsed = new Map<string, number>();
  const anyMatched = preliminary.some((m) => extras.has(m.personId) && m.matchedSkills.length > 0);
  if (ids.length > 0 && anyMatched) {
    const counted = request.index ? endorsementsFor(request.index, ids, wanted) : await tx.run(endorsementsOf, { ids, wanted });
    for (const e of counted) endorsed.set(`${e.id}|${e.skill}`, e.endorsements);
  }
  const witnesses = new Map<string, ClosenessRow>();
  if (ids.length > 0 && request.viewerPersonId) {
    for (const w of await tx.run(closenessTo, { ids, viewerId })) witnesses.set(w.id, w);
  }
  const matches = rows
    .map((row) =>
      extras.has(row.id)
        ? toMatch(
            {
              ...row,
              endorsements: row.skills.map((s) => endorsed.get(`${row.id}|${s}`) ?? 0),
              closeness: witnesses.get(row.id),
            },
            request,
          )
        : toMatch(row, request),
    )
    .sort(compareScored)
    .slice(0, request.first)
    .map((match) => {
      const summary = request.index ? personSummary(request.index, match.personId) : null;
      return summary ? { ...match, summary } : match;
    });
  return { totalCount: total, matches };
}

function validSkillSlugs(skills: readonly string[] | null | undefined): string[] {
  const slugs = [...new Set((skills ?? []).map((s) => s.trim()).filter((s) => s.length > 0))];
  if (slugs.length === 0) throw new InvalidMatchInputError('search.skills', 'Choose at least one skill');
  if (slugs.length > MAX_SKILLS) throw new InvalidMatchInputError('search.skills', `Choose at most ${MAX_SKILLS} skills`);
  return slugs;
}

function validMinLevel(minLevel: number | null | undefined): number {
  if (minLevel === null || minLevel === undefined) return 1;
  if (!Number.isInteger(minLevel) || minLevel < 1 || minLevel > 5) {
    throw new InvalidMatchInputError('search.minLevel', 'The minimum level must be a whole number from 1 to 5');
  }
  return minLevel;
}

function validAvailability(values: readonly string[] | null | undefined): string[] {
  if (!values || values.length === 0) return [...AVAILABILITIES];
  const known = new Set<string>(AVAILABILITIES);
  const bad = values.filter((v) => !known.has(v));
  if (bad.length > 0) throw new InvalidMatchInputError('search.availability', `Unknown availability: ${bad.join(', ')}`);
  return [...new Set(values)];
}

function validOrganizationKind(kind: string | null | undefined): string | null {
  if (kind === null || kind === undefined) return null;
  if (!(ORGANIZATION_KINDS as readonly string[]).includes(kind)) {
    throw new InvalidMatchInputError('search.organizationKind', `Unknown organization kind: ${kind}`);
  }
  return kind;
}

/** Resolves skill slugs to public skills in the order given; throws for unknown ones. */
export async function resolveSkills(tx: QueryRunner, slugs: readonly string[], field: string): Promise<SkillRow[]> {
  const rows = await tx.run(skillsBySlug, { slugs: [...slugs] });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const unknown = slugs.filter((slug) => !bySlug.has(slug));
  if (unknown.length > 0) throw new InvalidMatchInputError(field, `Unknown skill: ${unknown.join(', ')}`);
  return slugs.map((slug) => bySlug.get(slug)).filter((s): s is SkillRow => s !== undefined);
}

/**
 * People ranked for a set of skills (1..5 slugs, ALL or ANY), filtered as asked, each
 * with the evidence for its place; the viewer's closeness counts when signed in.
 * Throws InvalidMatchInputError for bad input.
 */
export const findCollaborators: FindCollaborators = async (store, input, viewer: Viewer | null) => {
  const slugs = validSkillSlugs(input.skills);
  if (input.mode !== 'ALL' && input.mode !== 'ANY') throw new InvalidMatchInputError('search.mode', 'The mode must be ALL or ANY');
  const minLevel = validMinLevel(input.minLevel);
  const availability = validAvailability(input.availability);
  const organizationKind = validOrganizationKind(input.organizationKind);
  const sector = input.sector?.trim() ? input.sector.trim() : null;
  const first = clampFirst(input.first, DEFAULT_RESULTS, MAX_RESULTS);
  const viewerPersonId = viewer?.personId ?? null;

  // Without the index (its build failed, e.g. a statement timeout on a loaded machine) the
  // store answers the same search, only slower.
  const index = await skillIndexFor(store).catch((error: unknown) => {
    logger.warn({ error }, 'Searching without the skill index');
    return undefined;
  });
  return store.read(async (tx) => {
    const wanted = await resolveSkills(tx, slugs, 'search.skills');
    if (sector && (await tx.run(sectorBySlug, { slug: sector })).length === 0) {
      throw new InvalidMatchInputError('search.sector', `Unknown sector: ${sector}`);
    }
    return rankPeople(tx, {
      wanted: wanted.map((w) => w.id),
      expansion: await expandSkills(tx, wanted),
      mode: input.mode,
      minLevel,
      availability,
      sector,
      organizationKind,
      excludeMembersOf: input.excludeMyOrganizations ? viewerPersonId : null,
      excludeContributorsOf: null,
      viewerPersonId,
      first,
      index,
    });
  });
};
