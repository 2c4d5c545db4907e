import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/**
 * Queries of the collaborator search (lib/matching/find-collaborators.ts), open calls
 * (open-calls.ts) and "how are we connected" (path.ts). Shapes follow
 * /work/shared/PERFORMANCE.md: exact matches through one fixed pattern per number of
 * skills, partial ones with `s.id IN [...]` aggregated per person, rows carry ids (names
 * come from loaders afterwards), counts in their own statement, ordering only in RETURN
 * (`WITH ... ORDER BY ... LIMIT` followed by more matching crashed Kùzu, exit 139).
 *
 * Parameters used inside EXISTS { } are first bound to variables with a leading WITH:
 * Kùzu 0.11.3 does not find a parameter that only a subquery reads.
 *
 * Filters that may be absent travel as sentinel values instead of NULL or empty lists
 * (Kùzu cannot type a NULL or `[]` parameter): '' for "no sector / kind / person", and
 * the five skill groups `$g1..$g5` are padded with ['-'], an id no skill has.
 */

export type SkillRow = {
  id: string;
  slug: string;
  name: string;
  nameEn: string | null;
  aliases: string[] | null;
};

/** Public skills among the requested slugs, with the names the alias match compares. */
export const skillsBySlug = defineQuery<SkillRow>(
  'matching.skillsBySlug',
  `MATCH (s:${NODE.Skill}) WHERE s.slug IN $slugs AND s.state = 'ACTIVE'
   RETURN s.id AS id, s.slug AS slug, s.name AS name, s.nameEn AS nameEn, s.aliases AS aliases`,
);

/** Public skills by id, with their names (for the alias match of open-call needs). */
export const skillsById = defineQuery<SkillRow>(
  'matching.skillsById',
  `MATCH (s:${NODE.Skill}) WHERE s.id IN $ids AND s.state = 'ACTIVE'
   RETURN s.id AS id, s.slug AS slug, s.name AS name, s.nameEn AS nameEn, s.aliases AS aliases`,
);

/** Whether a public sector has this slug. */
export const sectorBySlug = defineQuery<{ id: string }>(
  'matching.sectorBySlug',
  `MATCH (s:${NODE.Sector}) WHERE s.slug = $slug AND s.state = 'ACTIVE' RETURN s.id AS id`,
);

/**
 * The taxonomy around the wanted skills, seen from each wanted skill: its broader skill
 * (BROADER), the skills under it (NARROWER) and its siblings (RELATED, either direction).
 * Three statements rather than one UNION ALL, which crashed Kùzu 0.11.3.
 */
type NeighbourRow = { wanted: string; via: string };

export const broaderSkills = defineQuery<NeighbourRow>(
  'matching.broaderSkills',
  `MATCH (w:${NODE.Skill})-[:${REL.BROADER}]->(v:${NODE.Skill}) WHERE w.id IN $ids AND v.state = 'ACTIVE'
   RETURN w.id AS wanted, v.id AS via`,
);

export const narrowerSkills = defineQuery<NeighbourRow>(
  'matching.narrowerSkills',
  `MATCH (w:${NODE.Skill})<-[:${REL.BROADER}]-(v:${NODE.Skill}) WHERE w.id IN $ids AND v.state = 'ACTIVE'
   RETURN w.id AS wanted, v.id AS via`,
);

export const relatedSkills = defineQuery<NeighbourRow>(
  'matching.relatedSkills',
  `MATCH (w:${NODE.Skill})-[:${REL.RELATED_TO}]-(v:${NODE.Skill}) WHERE w.id IN $ids AND v.state = 'ACTIVE'
   RETURN DISTINCT w.id AS wanted, v.id AS via`,
);

/**
 * Other skills that share a name or an alias with the wanted ones ($terms: their names
 * and aliases, lower-cased). The service decides which wanted skill each one aliases.
 */
export const aliasSkills = defineQuery<SkillRow>('matching.aliasSkills', {
  // Kùzu 0.11.3 cannot read a parameter inside a list lambda (any(... WHERE x IN $terms)
  // fails an internal assertion), so every name is unwound and compared on its own row.
  kuzu: `MATCH (s:${NODE.Skill}) WHERE s.state = 'ACTIVE' AND NOT s.id IN $ids
         UNWIND list_concat(coalesce(s.aliases, [s.name]), [s.name, coalesce(s.nameEn, s.name)]) AS n
         WITH s, n WHERE lower(n) IN $terms
         RETURN DISTINCT s.id AS id, s.slug AS slug, s.name AS name, s.nameEn AS nameEn, s.aliases AS aliases`,
  neo4j: `MATCH (s:${NODE.Skill}) WHERE s.state = 'ACTIVE' AND NOT s.id IN $ids
          UNWIND coalesce(s.aliases, []) + [s.name, s.nameEn] AS n
          WITH s, n WHERE lower(n) IN $terms
          RETURN DISTINCT s.id AS id, s.slug AS slug, s.name AS name, s.nameEn AS nameEn, s.aliases AS aliases`,
});

/*
 * The ranking statements. Measured at 100,000 people (scripts/bench/matching.ts, README
 * "Performance"), Kùzu 0.11.3:
 * - reads a node property after a join by scanning the whole column (about 10 ms per
 *   property at 100k), and a WHERE on node or relationship properties placed right
 *   after the MATCH is planned as a filtered scan that costs several times more. So each
 *   statement projects the properties in a WITH and filters on the projected values
 *   (`WITH p, p.state AS state ... WHERE state = 'ACTIVE'`): 15 ms instead of 70–110 ms
 *   for a count; `h1.level >= $minLevel` in the WHERE of the two-skill pattern took
 *   0.6–1.5 s where the projected form took 60–150 ms (a loaded machine);
 * - gets aggregates of a CASE over a list parameter WRONG: `max(CASE WHEN s.id IN $g1
 *   THEN 1 ELSE 0 END)` per person missed people who hold a skill of $g1 (58 counted of
 *   59 at 10k, 7,735 of 7,741 at 100k; with $g1 equal to another list parameter, 1,486
 *   of 5,843), and some variants segfault. Coverage is therefore never computed with
 *   CASE: ALL matches one fixed pattern per number of skills with `aN.id IN $gN` in the
 *   WHERE (the form PERFORMANCE.md measures fastest, and always exact), ANY needs one
 *   held skill, and orders use plain aggregates (count, sum, max of levels);
 * - plans EXISTS subqueries for every row even when a sentinel turns them off, so the
 *   sector / organization-kind / exclusion filters live only in the `...Filtered` texts;
 * - costs 150+ ms to count endorsements (with the endorser's state) for every candidate:
 *   endorsements and closeness are read for the best few candidates only, by id.
 * Rows carry lists of evidence per person rather than a row per held skill.
 */

/** Optional filters, bound from parameters after the ranking's aggregation (carried by name). */
const BIND_FILTERS = `
  date($today) AS today, $sector AS sectorSlug, $organizationKind AS kind,
  $excludeMembersOf AS excludedMember, $excludeContributorsOf AS excludedProject`;
const FILTER_VARS = `today, sectorSlug, kind, excludedMember, excludedProject`;

const PERSON_FILTER = `
  WHERE state = 'ACTIVE' AND availability IN $availability AND id <> $viewerId`;

const OPTIONAL_FILTERS = `
    AND (sectorSlug = '' OR EXISTS {
      MATCH (p)-[:${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}]->(x)-[:${REL.IN_SECTOR}]->(sec:${NODE.Sector})
      WHERE sec.slug = sectorSlug AND x.state = 'ACTIVE' })
    AND (kind = '' OR EXISTS {
      MATCH (p)-[km:${REL.MEMBER_OF}]->(ko:${NODE.Organization})
      WHERE ko.kind = kind AND ko.state = 'ACTIVE' AND (km.until IS NULL OR km.until >= today) })
    AND NOT EXISTS {
      MATCH (p)-[xm:${REL.MEMBER_OF}]->(:${NODE.Organization})<-[vm:${REL.MEMBER_OF}]-(me:${NODE.Person})
      WHERE me.id = excludedMember AND (xm.until IS NULL OR xm.until >= today)
        AND (vm.until IS NULL OR vm.until >= today) }
    AND NOT EXISTS {
      MATCH (p)-[:${REL.CONTRIBUTES_TO}]->(own:${NODE.Project}) WHERE own.id = excludedProject }`;

/** What a ranking statement returns for one person: the evidence the score is computed from. */
export type CandidateRow = {
  id: string;
  availability: string | null;
  /** Held skills (requested or partly matching ones), grouped in lists; aligned with `levels`. */
  skills: string[][];
  levels: number[][];
};

/** The end of every ranking statement: person filters, then the best $pool by rankKey. */
const RANK_TAIL = `
  WITH p, skills, levels, rankKey, p.state AS state, p.availability AS availability, p.id AS id
  ${PERSON_FILTER}
  RETURN id, availability, skills, levels
  ORDER BY rankKey DESC, id
  LIMIT $pool`;
const RANK_TAIL_FILTERED = `
  WITH p, skills, levels, rankKey, ${BIND_FILTERS}
  WITH p, skills, levels, rankKey, ${FILTER_VARS}, p.state AS state, p.availability AS availability, p.id AS id
  ${PERSON_FILTER} ${OPTIONAL_FILTERS}
  RETURN id, availability, skills, levels
  ORDER BY rankKey DESC, id
  LIMIT $pool`;
const COUNT_TAIL = `
  WITH DISTINCT p
  WITH p.state AS state, p.availability AS availability
  WHERE state = 'ACTIVE' AND availability IN $availability
  RETURN count(*) AS total`;
const COUNT_TAIL_FILTERED = `
  WITH DISTINCT p
  WITH p, ${BIND_FILTERS}
  WITH p, ${FILTER_VARS}, p.state AS state, p.availability AS availability, p.id AS id
  ${PERSON_FILTER} ${OPTIONAL_FILTERS}
  RETURN count(*) AS total`;

const EXACT_1 = `
  MATCH (p:${NODE.Person})-[h1:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $s1})
  WITH p, h1.level AS l1 WHERE l1 >= $minLevel
  WITH p, [l1] AS levels, l1 AS levelSum`;
const EXACT_2 = `
  MATCH (:${NODE.Skill} {id: $s1})<-[h1:${REL.HAS_SKILL}]-(p:${NODE.Person})-[h2:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $s2})
  WITH p, h1.level AS l1, h2.level AS l2 WHERE l1 >= $minLevel AND l2 >= $minLevel
  WITH p, [l1, l2] AS levels, l1 + l2 AS levelSum`;
const EXACT_3 = `
  MATCH (:${NODE.Skill} {id: $s1})<-[h1:${REL.HAS_SKILL}]-(p:${NODE.Person})-[h2:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $s2}),
        (p)-[h3:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $s3})
  WITH p, h1.level AS l1, h2.level AS l2, h3.level AS l3 WHERE l1 >= $minLevel AND l2 >= $minLevel AND l3 >= $minLevel
  WITH p, [l1, l2, l3] AS levels, l1 + l2 + l3 AS levelSum`;
const EXACT_4 = `
  MATCH (:${NODE.Skill} {id: $s1})<-[h1:${REL.HAS_SKILL}]-(p:${NODE.Person})-[h2:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $s2}),
        (p)-[h3:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $s3}),
        (p)-[h4:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $s4})
  WITH p, h1.level AS l1, h2.level AS l2, h3.level AS l3, h4.level AS l4 WHERE l1 >= $minLevel AND l2 >= $minLevel AND l3 >= $minLevel AND l4 >= $minLevel
  WITH p, [l1, l2, l3, l4] AS levels, l1 + l2 + l3 + l4 AS levelSum`;
const EXACT_5 = `
  MATCH (:${NODE.Skill} {id: $s1})<-[h1:${REL.HAS_SKILL}]-(p:${NODE.Person})-[h2:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $s2}),
        (p)-[h3:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $s3}),
        (p)-[h4:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $s4}),
        (p)-[h5:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $s5})
  WITH p, h1.level AS l1, h2.level AS l2, h3.level AS l3, h4.level AS l4, h5.level AS l5 WHERE l1 >= $minLevel AND l2 >= $minLevel AND l3 >= $minLevel AND l4 >= $minLevel AND l5 >= $minLevel
  WITH p, [l1, l2, l3, l4, l5] AS levels, l1 + l2 + l3 + l4 + l5 AS levelSum`;

const EXACT_TAIL = `
  WITH p, levels, levelSum, p.state AS state, p.availability AS availability, p.id AS id
  ${PERSON_FILTER}
  RETURN id, availability, levels
  ORDER BY levelSum DESC, id
  LIMIT $pool`;

type ExactRow = { id: string; availability: string | null; levels: number[] };

/**
 * rankExact[k - 1]: people holding each of the k requested skills ($s1..$sk) exactly, at
 * $minLevel or more, best `$pool` by the sum of those levels (ALL without optional filters).
 */
export const rankExact = [
  defineQuery<ExactRow>('matching.rankExact1', `${EXACT_1} ${EXACT_TAIL}`),
  defineQuery<ExactRow>('matching.rankExact2', `${EXACT_2} ${EXACT_TAIL}`),
  defineQuery<ExactRow>('matching.rankExact3', `${EXACT_3} ${EXACT_TAIL}`),
  defineQuery<ExactRow>('matching.rankExact4', `${EXACT_4} ${EXACT_TAIL}`),
  defineQuery<ExactRow>('matching.rankExact5', `${EXACT_5} ${EXACT_TAIL}`),
] as const;

const GROUPS_1 = `
  MATCH (p:${NODE.Person})-[h1:${REL.HAS_SKILL}]->(a1:${NODE.Skill})
  WHERE a1.id IN $g1
  WITH p, a1.id AS k1, h1.level AS v1
  WHERE v1 >= $minLevel`;
const GROUPS_2 = `
  MATCH (a1:${NODE.Skill})<-[h1:${REL.HAS_SKILL}]-(p:${NODE.Person})-[h2:${REL.HAS_SKILL}]->(a2:${NODE.Skill})
  WHERE a1.id IN $g1 AND a2.id IN $g2
  WITH p, a1.id AS k1, h1.level AS v1, a2.id AS k2, h2.level AS v2
  WHERE v1 >= $minLevel AND v2 >= $minLevel`;
const GROUPS_3 = `
  MATCH (a1:${NODE.Skill})<-[h1:${REL.HAS_SKILL}]-(p:${NODE.Person})-[h2:${REL.HAS_SKILL}]->(a2:${NODE.Skill}),
        (p)-[h3:${REL.HAS_SKILL}]->(a3:${NODE.Skill})
  WHERE a1.id IN $g1 AND a2.id IN $g2 AND a3.id IN $g3
  WITH p, a1.id AS k1, h1.level AS v1, a2.id AS k2, h2.level AS v2, a3.id AS k3, h3.level AS v3
  WHERE v1 >= $minLevel AND v2 >= $minLevel AND v3 >= $minLevel`;
const GROUPS_4 = `
  MATCH (a1:${NODE.Skill})<-[h1:${REL.HAS_SKILL}]-(p:${NODE.Person})-[h2:${REL.HAS_SKILL}]->(a2:${NODE.Skill}),
        (p)-[h3:${REL.HAS_SKILL}]->(a3:${NODE.Skill}),
        (p)-[h4:${REL.HAS_SKILL}]->(a4:${NODE.Skill})
  WHERE a1.id IN $g1 AND a2.id IN $g2 AND a3.id IN $g3 AND a4.id IN $g4
  WITH p, a1.id AS k1, h1.level AS v1, a2.id AS k2, h2.level AS v2, a3.id AS k3, h3.level AS v3, a4.id AS k4, h4.level AS v4
  WHERE v1 >= $minLevel AND v2 >= $minLevel AND v3 >= $minLevel AND v4 >= $minLevel`;
const GROUPS_5 = `
  MATCH (a1:${NODE.Skill})<-[h1:${REL.HAS_SKILL}]-(p:${NODE.Person})-[h2:${REL.HAS_SKILL}]->(a2:${NODE.Skill}),
        (p)-[h3:${REL.HAS_SKILL}]->(a3:${NODE.Skill}),
        (p)-[h4:${REL.HAS_SKILL}]->(a4:${NODE.Skill}),
        (p)-[h5:${REL.HAS_SKILL}]->(a5:${NODE.Skill})
  WHERE a1.id IN $g1 AND a2.id IN $g2 AND a3.id IN $g3 AND a4.id IN $g4 AND a5.id IN $g5
  WITH p, a1.id AS k1, h1.level AS v1, a2.id AS k2, h2.level AS v2, a3.id AS k3, h3.level AS v3, a4.id AS k4, h4.level AS v4, a5.id AS k5, h5.level AS v5
  WHERE v1 >= $minLevel AND v2 >= $minLevel AND v3 >= $minLevel AND v4 >= $minLevel AND v5 >= $minLevel`;
const COVER_1 = `
  collect(k1) AS s1, collect(v1) AS l1, max(v1) AS rankKey
  WITH p, [s1] AS skills, [l1] AS levels, rankKey`;
const COVER_2 = `
  collect(k1) AS s1, collect(v1) AS l1, collect(k2) AS s2, collect(v2) AS l2, max(v1 + v2) AS rankKey
  WITH p, [s1, s2] AS skills, [l1, l2] AS levels, rankKey`;
const COVER_3 = `
  collect(k1) AS s1, collect(v1) AS l1, collect(k2) AS s2, collect(v2) AS l2, collect(k3) AS s3, collect(v3) AS l3, max(v1 + v2 + v3) AS rankKey
  WITH p, [s1, s2, s3] AS skills, [l1, l2, l3] AS levels, rankKey`;
const COVER_4 = `
  collect(k1) AS s1, collect(v1) AS l1, collect(k2) AS s2, collect(v2) AS l2, collect(k3) AS s3, collect(v3) AS l3, collect(k4) AS s4, collect(v4) AS l4, max(v1 + v2 + v3 + v4) AS rankKey
  WITH p, [s1, s2, s3, s4] AS skills, [l1, l2, l3, l4] AS levels, rankKey`;
const COVER_5 = `
  collect(k1) AS s1, collect(v1) AS l1, collect(k2) AS s2, collect(v2) AS l2, collect(k3) AS s3, collect(v3) AS l3, collect(k4) AS s4, collect(v4) AS l4, collect(k5) AS s5, collect(v5) AS l5, max(v1 + v2 + v3 + v4 + v5) AS rankKey
  WITH p, [s1, s2, s3, s4, s5] AS skills, [l1, l2, l3, l4, l5] AS levels, rankKey`;

/**
 * rankCovering[k - 1]: people covering every one of the k requested skills, exactly or
 * through a partly matching skill ($gN: the N-th requested skill and the skills that
 * partly match it), best `$pool` by their best sum of levels over one skill per group;
 * the rows list every held skill of each group. ALL mode.
 */
export const rankCovering = [
  defineQuery<CandidateRow>('matching.rankCovering1', `${GROUPS_1} WITH p, ${COVER_1} ${RANK_TAIL}`),
  defineQuery<CandidateRow>('matching.rankCovering2', `${GROUPS_2} WITH p, ${COVER_2} ${RANK_TAIL}`),
  defineQuery<CandidateRow>('matching.rankCovering3', `${GROUPS_3} WITH p, ${COVER_3} ${RANK_TAIL}`),
  defineQuery<CandidateRow>('matching.rankCovering4', `${GROUPS_4} WITH p, ${COVER_4} ${RANK_TAIL}`),
  defineQuery<CandidateRow>('matching.rankCovering5', `${GROUPS_5} WITH p, ${COVER_5} ${RANK_TAIL}`),
] as const;

/** rankCovering under the optional filters (sector, organization kind, exclusions). */
export const rankCoveringFiltered = [
  defineQuery<CandidateRow>('matching.rankCoveringFiltered1', `${GROUPS_1} WITH p, ${COVER_1} ${RANK_TAIL_FILTERED}`),
  defineQuery<CandidateRow>('matching.rankCoveringFiltered2', `${GROUPS_2} WITH p, ${COVER_2} ${RANK_TAIL_FILTERED}`),
  defineQuery<CandidateRow>('matching.rankCoveringFiltered3', `${GROUPS_3} WITH p, ${COVER_3} ${RANK_TAIL_FILTERED}`),
  defineQuery<CandidateRow>('matching.rankCoveringFiltered4', `${GROUPS_4} WITH p, ${COVER_4} ${RANK_TAIL_FILTERED}`),
  defineQuery<CandidateRow>('matching.rankCoveringFiltered5', `${GROUPS_5} WITH p, ${COVER_5} ${RANK_TAIL_FILTERED}`),
] as const;

/** countCovering[k - 1]: how many people rankCovering finds in all (visitors, no optional filter). */
export const countCovering = [
  defineQuery<{ total: number }>('matching.countCovering1', `${GROUPS_1} ${COUNT_TAIL}`),
  defineQuery<{ total: number }>('matching.countCovering2', `${GROUPS_2} ${COUNT_TAIL}`),
  defineQuery<{ total: number }>('matching.countCovering3', `${GROUPS_3} ${COUNT_TAIL}`),
  defineQuery<{ total: number }>('matching.countCovering4', `${GROUPS_4} ${COUNT_TAIL}`),
  defineQuery<{ total: number }>('matching.countCovering5', `${GROUPS_5} ${COUNT_TAIL}`),
] as const;

/** countCovering for a signed-in viewer (left out) or under the optional filters. */
export const countCoveringFiltered = [
  defineQuery<{ total: number }>('matching.countCoveringFiltered1', `${GROUPS_1} ${COUNT_TAIL_FILTERED}`),
  defineQuery<{ total: number }>('matching.countCoveringFiltered2', `${GROUPS_2} ${COUNT_TAIL_FILTERED}`),
  defineQuery<{ total: number }>('matching.countCoveringFiltered3', `${GROUPS_3} ${COUNT_TAIL_FILTERED}`),
  defineQuery<{ total: number }>('matching.countCoveringFiltered4', `${GROUPS_4} ${COUNT_TAIL_FILTERED}`),
  defineQuery<{ total: number }>('matching.countCoveringFiltered5', `${GROUPS_5} ${COUNT_TAIL_FILTERED}`),
] as const;


/** Public skills among the expanded set ($skillIds) held at $minLevel or more. */
const HELD_ANY = `
  MATCH (p:${NODE.Person})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
  WHERE s.id IN $skillIds
  WITH p, s.id AS skill, h.level AS level
  WHERE level >= $minLevel`;

/** Per person, every held skill of the expanded set, ranked by how many and how well. */
const ANY_EVIDENCE = `
  WITH p, collect(skill) AS held, collect(level) AS heldLevels, count(*) AS n, sum(level) AS levelSum
  WITH p, [held] AS skills, [heldLevels] AS levels, n * 1000 + levelSum AS rankKey`;

/**
 * Per person holding requested skills exactly: how many and their levels, then every held
 * skill of the expanded set.
 */
const EXACT_HOLDERS = `
  MATCH (p:${NODE.Person})-[hw:${REL.HAS_SKILL}]->(w:${NODE.Skill})
  WHERE w.id IN $wanted
  WITH p, hw.level AS wantedLevel
  WHERE wantedLevel >= $minLevel
  WITH p, count(*) AS exact, sum(wantedLevel) AS exactLevels
  MATCH (p)-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
  WHERE s.id IN $skillIds
  WITH p, exact, exactLevels, s.id AS skill, h.level AS level
  WHERE level >= $minLevel
  WITH p, exact, exactLevels, collect(skill) AS held, collect(level) AS heldLevels
  WITH p, [held] AS skills, [heldLevels] AS levels, exact * 1000 + exactLevels AS rankKey`;

/**
 * ANY mode, two pools merged by the service: people holding requested skills exactly,
 * best by how many and their levels (rankExactHolders), and people holding any skill of
 * the expanded set, best by how many and their levels (rankHolders), which brings in
 * those who match only partially.
 */
export const rankExactHolders = defineQuery<CandidateRow>('matching.rankExactHolders', `${EXACT_HOLDERS} ${RANK_TAIL}`);
export const rankExactHoldersFiltered = defineQuery<CandidateRow>(
  'matching.rankExactHoldersFiltered',
  `${EXACT_HOLDERS} ${RANK_TAIL_FILTERED}`,
);
export const rankHolders = defineQuery<CandidateRow>('matching.rankHolders', `${HELD_ANY} ${ANY_EVIDENCE} ${RANK_TAIL}`);
export const rankHoldersFiltered = defineQuery<CandidateRow>(
  'matching.rankHoldersFiltered',
  `${HELD_ANY} ${ANY_EVIDENCE} ${RANK_TAIL_FILTERED}`,
);

/** How many people hold any skill of the expanded set (ANY), for visitors without optional filters. */
export const countHolders = defineQuery<{ total: number }>('matching.countHolders', `${HELD_ANY} ${COUNT_TAIL}`);
/** countHolders for a signed-in viewer (left out) or under the optional filters. */
export const countHoldersFiltered = defineQuery<{ total: number }>('matching.countHoldersFiltered', `${HELD_ANY} ${COUNT_TAIL_FILTERED}`);

/**
 * Endorsements of the requested skills received by the given people from public
 * endorsers, per (person, skill). Run for the best few candidates only ($ids: the cost
 * grows with the list, about 15 ms for 20 ids at 100k people).
 */
export const endorsementsOf = defineQuery<{ id: string; skill: string; endorsements: number }>(
  'matching.endorsementsOf',
  `MATCH (p:${NODE.Person})<-[e:${REL.ENDORSES}]-(en:${NODE.Person})
   WHERE p.id IN $ids
   WITH p.id AS id, e.skill AS skill, en.state AS state
   WHERE skill IN $wanted AND state = 'ACTIVE'
   RETURN id, skill, count(*) AS endorsements`,
);

export type ClosenessRow = {
  id: string;
  /** A project both contribute to, or null. */
  sharedProject: string | null;
  /** An organization both belong to, or null. */
  sharedOrganization: string | null;
  /** "x|c|y": the person is in x, collaborator c is in x and y, the viewer is in y; or null. */
  viaCollaborator: string | null;
};

/**
 * For the given people and the signed-in viewer, one witness per kind of closeness: a
 * shared public project, a shared public organization, and a collaborator in common (two
 * hops through projects or organizations).
 */
export const closenessTo = defineQuery<ClosenessRow>(
  'matching.closenessTo',
  `MATCH (p:${NODE.Person}) WHERE p.id IN $ids
   OPTIONAL MATCH (p)-[:${REL.CONTRIBUTES_TO}]->(sp:${NODE.Project})<-[:${REL.CONTRIBUTES_TO}]-(v1:${NODE.Person})
   WHERE v1.id = $viewerId AND sp.state = 'ACTIVE'
   WITH p, min(sp.id) AS sharedProject
   OPTIONAL MATCH (p)-[:${REL.MEMBER_OF}]->(so:${NODE.Organization})<-[:${REL.MEMBER_OF}]-(v2:${NODE.Person})
   WHERE v2.id = $viewerId AND so.state = 'ACTIVE'
   WITH p, sharedProject, min(so.id) AS sharedOrganization
   OPTIONAL MATCH (p)-[:${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}]->(x)<-[:${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}]-(c:${NODE.Person})
                  -[:${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}]->(y)<-[:${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}]-(v3:${NODE.Person})
   WHERE v3.id = $viewerId AND c.id <> p.id AND c.id <> $viewerId
     AND c.state = 'ACTIVE' AND x.state = 'ACTIVE' AND y.state = 'ACTIVE'
   WITH p, sharedProject, sharedOrganization, min(x.id + '|' + c.id + '|' + y.id) AS viaCollaborator
   RETURN p.id AS id, sharedProject, sharedOrganization, viaCollaborator`,
);

/** A public project's call state and needs (one row with null skill when it needs nothing). */
export const openCallOfProject = defineQuery<{ callOpen: boolean | null; skillId: string | null; level: number | null }>(
  'matching.openCallOfProject',
  `MATCH (pr:${NODE.Project}) WHERE pr.id = $id AND pr.state = 'ACTIVE'
   OPTIONAL MATCH (pr)-[n:${REL.NEEDS}]->(s:${NODE.Skill}) WHERE s.state = 'ACTIVE'
   RETURN pr.callOpen AS callOpen, s.id AS skillId, n.level AS level
   ORDER BY level DESC, skillId`,
);

/** Every need of every public project whose call is open. */
export const openCallNeeds = defineQuery<{ projectId: string; skillId: string; level: number | null }>(
  'matching.openCallNeeds',
  `MATCH (pr:${NODE.Project})-[n:${REL.NEEDS}]->(s:${NODE.Skill})
   WHERE pr.callOpen = true AND pr.state = 'ACTIVE' AND s.state = 'ACTIVE'
   RETURN pr.id AS projectId, s.id AS skillId, n.level AS level`,
);

/** A person's public skills with levels. */
export const skillsOfPerson = defineQuery<{ skillId: string; level: number }>(
  'matching.skillsOfPerson',
  `MATCH (p:${NODE.Person})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
   WHERE p.id = $id AND s.state = 'ACTIVE'
   RETURN s.id AS skillId, h.level AS level`,
);

/** The projects a person already contributes to. */
export const projectsOfPerson = defineQuery<{ projectId: string }>(
  'matching.projectsOfPerson',
  `MATCH (p:${NODE.Person})-[:${REL.CONTRIBUTES_TO}]->(pr:${NODE.Project})
   WHERE p.id = $id
   RETURN pr.id AS projectId`,
);

/**
 * The shortest chain between two public people or organizations over MEMBER_OF and
 * CONTRIBUTES_TO, at most six hops, through public entities only. The hop bound is a
 * literal (Kùzu requires one); the service checks the caller's smaller bound on length.
 */
export const shortestConnection = defineQuery<{ ids: string[] }>('matching.shortestConnection', {
  // Kùzu reads `(a:Person:Organization)` as Person OR Organization.
  kuzu: `MATCH (a:${NODE.Person}:${NODE.Organization}), (b:${NODE.Person}:${NODE.Organization})
         WHERE a.id = $from AND b.id = $to AND a.state = 'ACTIVE' AND b.state = 'ACTIVE'
         MATCH path = (a)-[:${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}* SHORTEST 1..6 (r, n | WHERE n.state = 'ACTIVE')]-(b)
         RETURN properties(nodes(path), 'id') AS ids`,
  neo4j: `MATCH (a), (b)
          WHERE a.id = $from AND b.id = $to AND a.state = 'ACTIVE' AND b.state = 'ACTIVE'
            AND (a:${NODE.Person} OR a:${NODE.Organization}) AND (b:${NODE.Person} OR b:${NODE.Organization})
          MATCH path = shortestPath((a)-[:${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}*1..6]-(b))
          WHERE all(n IN nodes(path) WHERE n.state = 'ACTIVE')
          RETURN [n IN nodes(path) | n.id] AS ids`,
});
