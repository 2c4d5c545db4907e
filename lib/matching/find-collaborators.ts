import type { Viewer } from '../auth/viewer';
import type { QueryRunner } from '../graph/store';
import {
  aliasSkills,
  countCandidates,
  rankCandidates,
  rankCandidatesForViewer,
  sectorBySlug,
  broaderSkills,
  narrowerSkills,
  relatedSkills,
  skillsBySlug,
  type CandidateRow,
  type SkillRow,
  type ViewerCandidateRow,
} from './queries';
import { compareScored, scoreMatch, type Closeness } from './score';
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
 * ones that partly match them (taxonomy and aliases), runs one ranking statement whose
 * rows carry all the evidence, and scores the rows with score.ts. The explanation shown
 * for each result (matched and partial skills, endorsements, the path from the viewer)
 * is built from those same rows.
 */

export const MAX_SKILLS = 5;
export const DEFAULT_RESULTS = 20;
export const MAX_RESULTS = 50;
/**
 * The store orders candidates by match strength (exact matches, coverage, levels) and
 * hands the best POOL to the scorer, which orders them by the full score. Skill fit is
 * the dominant term, so the final top 50 lies well inside the pool.
 */
export const CANDIDATE_POOL = 200;

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
}

/** Padding for unused skill groups: an id no skill has (Kùzu cannot type an empty list parameter). */
const NO_SKILL = '-';

function closenessOf(row: ViewerCandidateRow, viewerId: string): { closeness: Closeness | null; path: string[] | null } {
  if (row.sharedProject) return { closeness: 'PROJECT', path: [viewerId, row.sharedProject, row.id] };
  if (row.sharedOrganization) return { closeness: 'ORGANIZATION', path: [viewerId, row.sharedOrganization, row.id] };
  if (row.viaCollaborator) {
    const [x, c, y] = row.viaCollaborator.split('|');
    if (x && c && y) return { closeness: 'SECOND_DEGREE', path: [viewerId, y, c, x, row.id] };
  }
  return { closeness: null, path: null };
}

function isViewerRow(row: CandidateRow | ViewerCandidateRow): row is ViewerCandidateRow {
  return 'sharedProject' in row;
}

/** Turns one ranking row into a scored match: the evidence, the score and its explanation. */
export function toMatch(row: CandidateRow | ViewerCandidateRow, request: RankRequest): CollaboratorMatch {
  const wanted = new Set(request.wanted);
  const matchedSkills: MatchedSkill[] = [];
  const partialMatches: PartialSkillMatch[] = [];
  row.skills.forEach((skillId, i) => {
    const level = row.levels[i] ?? 0;
    if (wanted.has(skillId)) matchedSkills.push({ skillId, level, endorsements: row.endorsements[i] ?? 0 });
    for (const link of request.expansion.get(skillId) ?? []) {
      partialMatches.push({ wantedId: link.wantedId, viaId: skillId, relation: link.relation, level });
    }
  });
  const order = (id: string) => request.wanted.indexOf(id);
  matchedSkills.sort((a, b) => order(a.skillId) - order(b.skillId));
  const near =
    request.viewerPersonId && isViewerRow(row) ? closenessOf(row, request.viewerPersonId) : { closeness: null, path: null };
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

/** Runs the ranking and count statements in one read and returns the best `first` matches. */
export async function rankPeople(tx: QueryRunner, request: RankRequest): Promise<CollaboratorResults> {
  const groups = Array.from({ length: MAX_SKILLS }, (_, i): string[] => {
    const wantedId = request.wanted[i];
    if (wantedId === undefined) return [NO_SKILL];
    const vias = [...request.expansion].filter(([, links]) => links.some((l) => l.wantedId === wantedId)).map(([via]) => via);
    return [wantedId, ...vias];
  });
  // Kùzu refuses parameters a statement does not use: the count takes no $wanted nor $pool.
  const filters = {
    skillIds: [...new Set(groups.flat().filter((id) => id !== NO_SKILL))],
    g1: groups[0] ?? [NO_SKILL],
    g2: groups[1] ?? [NO_SKILL],
    g3: groups[2] ?? [NO_SKILL],
    g4: groups[3] ?? [NO_SKILL],
    g5: groups[4] ?? [NO_SKILL],
    required: request.mode === 'ALL' ? request.wanted.length : 1,
    minLevel: request.minLevel,
    availability: [...request.availability],
    sector: request.sector ?? '',
    organizationKind: request.organizationKind ?? '',
    excludeMembersOf: request.excludeMembersOf ?? '',
    excludeContributorsOf: request.excludeContributorsOf ?? '',
    viewerId: request.viewerPersonId ?? '',
    today: todayInRome(),
  };
  const ranking = { ...filters, wanted: [...request.wanted], pool: CANDIDATE_POOL };
  const rows: (CandidateRow | ViewerCandidateRow)[] = request.viewerPersonId
    ? await tx.run(rankCandidatesForViewer, ranking)
    : await tx.run(rankCandidates, ranking);
  const [count] = await tx.run(countCandidates, filters);
  const matches = rows
    .map((row) => toMatch(row, request))
    .sort(compareScored)
    .slice(0, request.first);
  return { totalCount: count?.total ?? 0, matches };
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
    });
  });
};
