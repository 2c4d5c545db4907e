import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/**
 * Queries of the collaborator search (lib/matching/find-collaborators.ts), open calls
 * (open-calls.ts) and "how are we connected" (path.ts). Shapes follow
 * /work/shared/PERFORMANCE.md: skills matched with `s.id IN [...]` and aggregated per
 * person, rows carry ids (names come from loaders afterwards), counts in their own
 * statement, closeness by OPTIONAL MATCH per candidate, ordering only in RETURN (a
 * `WITH ... ORDER BY ... LIMIT` shape crashed Kùzu).
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

/**
 * One row per (public person, held skill among $skillIds) that passes every filter:
 * level, availability, sector (through an organization or project), organization kind,
 * the viewer's own organizations (current memberships), a project's own contributors.
 */
const CANDIDATE_SKILLS = `
  WITH date($today) AS today, $sector AS sectorSlug, $organizationKind AS kind,
       $excludeMembersOf AS excludedMember, $excludeContributorsOf AS excludedProject
  MATCH (p:${NODE.Person})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
  WHERE s.id IN $skillIds AND s.state = 'ACTIVE' AND h.level >= $minLevel
    AND p.state = 'ACTIVE' AND p.id <> $viewerId AND p.availability IN $availability
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

/** How many of the (up to five) requested skills a person covers, exactly or partially. */
const COVERED = `
  max(CASE WHEN s.id IN $g1 THEN 1 ELSE 0 END) + max(CASE WHEN s.id IN $g2 THEN 1 ELSE 0 END)
  + max(CASE WHEN s.id IN $g3 THEN 1 ELSE 0 END) + max(CASE WHEN s.id IN $g4 THEN 1 ELSE 0 END)
  + max(CASE WHEN s.id IN $g5 THEN 1 ELSE 0 END) AS covered`;

/**
 * Per person: the skills held with levels and endorsements (lists aligned by position),
 * the coverage, and the pre-rank keys the store orders by (exact matches, then coverage,
 * then the levels held). Endorsements count public endorsers of that very skill.
 */
const EVIDENCE = `
  ${CANDIDATE_SKILLS}
  OPTIONAL MATCH (p)<-[e:${REL.ENDORSES}]-(en:${NODE.Person}) WHERE e.skill = s.id AND en.state = 'ACTIVE'
  WITH p, s, h, count(en) AS endorsedBy
  WITH p, collect(s.id) AS skills, collect(h.level) AS levels, collect(endorsedBy) AS endorsements,
       sum(CASE WHEN s.id IN $wanted THEN 1 ELSE 0 END) AS exact, sum(h.level) AS strength, ${COVERED}
  WHERE covered >= $required`;

export type CandidateRow = {
  id: string;
  availability: string | null;
  skills: string[];
  levels: number[];
  endorsements: number[];
  exact: number;
  covered: number;
  strength: number;
};

export type ViewerCandidateRow = CandidateRow & {
  /** A project both contribute to, or null. */
  sharedProject: string | null;
  /** An organization both belong to, or null. */
  sharedOrganization: string | null;
  /** "x|c|y": the person is in x, collaborator c is in x and y, the viewer is in y; or null. */
  viaCollaborator: string | null;
};

/**
 * The ranking pass for visitors: the best `$pool` candidates by match strength, with the
 * evidence the score and the explanation are built from. The final order (score.ts) is
 * computed over this pool.
 */
export const rankCandidates = defineQuery<CandidateRow>(
  'matching.rankCandidates',
  `${EVIDENCE}
   RETURN p.id AS id, p.availability AS availability, skills, levels, endorsements, exact, covered, strength
   ORDER BY exact DESC, covered DESC, strength DESC, id
   LIMIT $pool`,
);

/**
 * The same ranking pass for a signed-in viewer, with one witness per kind of closeness:
 * a shared public project, a shared public organization, and a collaborator in common
 * (two hops through projects or organizations).
 */
export const rankCandidatesForViewer = defineQuery<ViewerCandidateRow>(
  'matching.rankCandidatesForViewer',
  `${EVIDENCE}
   OPTIONAL MATCH (p)-[:${REL.CONTRIBUTES_TO}]->(sp:${NODE.Project})<-[:${REL.CONTRIBUTES_TO}]-(v1:${NODE.Person})
   WHERE v1.id = $viewerId AND sp.state = 'ACTIVE'
   WITH p, skills, levels, endorsements, exact, covered, strength, min(sp.id) AS sharedProject
   OPTIONAL MATCH (p)-[:${REL.MEMBER_OF}]->(so:${NODE.Organization})<-[:${REL.MEMBER_OF}]-(v2:${NODE.Person})
   WHERE v2.id = $viewerId AND so.state = 'ACTIVE'
   WITH p, skills, levels, endorsements, exact, covered, strength, sharedProject, min(so.id) AS sharedOrganization
   OPTIONAL MATCH (p)-[:${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}]->(x)<-[:${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}]-(c:${NODE.Person})
                  -[:${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}]->(y)<-[:${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}]-(v3:${NODE.Person})
   WHERE v3.id = $viewerId AND c.id <> p.id AND c.id <> $viewerId
     AND c.state = 'ACTIVE' AND x.state = 'ACTIVE' AND y.state = 'ACTIVE'
   WITH p, skills, levels, endorsements, exact, covered, strength, sharedProject, sharedOrganization,
        min(x.id + '|' + c.id + '|' + y.id) AS viaCollaborator
   RETURN p.id AS id, p.availability AS availability, skills, levels, endorsements, exact, covered, strength,
          sharedProject, sharedOrganization, viaCollaborator
   ORDER BY exact DESC, covered DESC, strength DESC, id
   LIMIT $pool`,
);

/** How many people the search finds in all (its own statement: cheaper than counting inside). */
export const countCandidates = defineQuery<{ total: number }>(
  'matching.countCandidates',
  `${CANDIDATE_SKILLS}
   WITH p, ${COVERED}
   WHERE covered >= $required
   RETURN count(*) AS total`,
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
