import type { SeedCommunity, SeedSkill } from '../seed/types';
import { slugify } from '../text/slug';
import { shuffled, type Random } from './random';
import { SKILL_CONTEXTS } from './vocabulary';

/**
 * The synthetic skill taxonomy: the demo community's skills (with their Italian and
 * English names, aliases, BROADER and RELATED_TO links) plus narrower variants of each
 * in a context ("montaggio video per eventi" → BROADER "montaggio video"), up to the
 * wanted count. Each skill knows the sectors it belongs to, learnt from who holds and
 * needs it in the demo community, so people and projects draw skills of their sector.
 */

export interface TaxonomySkill {
  readonly slug: string;
  readonly name: string;
  readonly nameEn: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly descriptionEn: string;
  readonly broader: string | null;
  readonly related: readonly string[];
  readonly sectors: readonly string[];
}

export interface Taxonomy {
  /** Skills in popularity rank order: index 0 is drawn most often. */
  readonly skills: readonly TaxonomySkill[];
  /** Per sector slug, the ranks (indexes into `skills`) of its skills, most popular first. */
  readonly bySector: ReadonlyMap<string, readonly number[]>;
}

/** Sectors in which each demo skill is held or needed. */
function sectorsOfSeedSkills(seed: SeedCommunity): Map<string, Set<string>> {
  const orgSectors = new Map(seed.organizations.map((o) => [o.slug, o.sectors]));
  const found = new Map<string, Set<string>>();
  const add = (skill: string, sectors: readonly string[]) => {
    const set = found.get(skill) ?? new Set<string>();
    for (const s of sectors) set.add(s);
    found.set(skill, set);
  };
  for (const p of seed.people) {
    const sectors = p.memberships.flatMap((m) => orgSectors.get(m.organization) ?? []);
    for (const s of p.skills) add(s.skill, sectors);
  }
  for (const project of seed.projects) for (const n of project.needs) add(n.skill, project.sectors);
  return found;
}

function sentence(text: string, context: string): string {
  return `${text.replace(/[.\s]+$/, '')} ${context}.`;
}

function variant(base: SeedSkill, context: { it: string; en: string }, related: readonly string[], sectors: readonly string[]): TaxonomySkill {
  const alias = base.aliases[0];
  return {
    slug: slugify(`${base.slug} ${context.it}`),
    name: `${base.name} ${context.it}`,
    nameEn: `${base.nameEn} ${context.en}`,
    aliases: alias ? [`${alias} ${context.en}`] : [],
    description: sentence(base.description, context.it),
    descriptionEn: sentence(base.descriptionEn, context.en),
    broader: base.slug,
    related,
    sectors,
  };
}

/** Builds `count` skills: the demo ones first, then context variants in a seeded order. */
export function buildTaxonomy(seed: SeedCommunity, count: number, random: Random): Taxonomy {
  const seedSectors = sectorsOfSeedSkills(seed);
  const allSectors = seed.sectors.map((s) => s.slug);
  const sectorsOf = (slug: string) => {
    const set = seedSectors.get(slug);
    return set && set.size > 0 ? [...set].sort() : allSectors;
  };
  const base: TaxonomySkill[] = seed.skills.map((s) => ({
    slug: s.slug,
    name: s.name,
    nameEn: s.nameEn,
    aliases: s.aliases,
    description: s.description,
    descriptionEn: s.descriptionEn,
    broader: s.broader ?? null,
    related: s.related ?? [],
    sectors: sectorsOf(s.slug),
  }));
  const contextSlug = (skill: string, context: { it: string }) => slugify(`${skill} ${context.it}`);
  const variants = shuffled(
    random,
    seed.skills.flatMap((s) =>
      SKILL_CONTEXTS.map((c) =>
        // A variant is related to the same-context variants of its base's related skills.
        variant(s, c, (s.related ?? []).map((r) => contextSlug(r, c)), sectorsOf(s.slug)),
      ),
    ),
  );
  const chosen = [...base, ...variants].slice(0, count);
  // Broad skills are the popular ones; among each group the order is random.
  const baseCount = Math.min(base.length, chosen.length);
  const ranked = [...shuffled(random, chosen.slice(0, baseCount)), ...shuffled(random, chosen.slice(baseCount))];
  const present = new Set(ranked.map((s) => s.slug));
  const skills = ranked.map((s) => ({
    ...s,
    broader: s.broader && present.has(s.broader) ? s.broader : null,
    related: s.related.filter((r) => present.has(r)),
  }));
  const bySector = new Map<string, number[]>(allSectors.map((s) => [s, []]));
  skills.forEach((s, rank) => {
    for (const sector of s.sectors) bySector.get(sector)?.push(rank);
  });
  return { skills, bySector };
}
