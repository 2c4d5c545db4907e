import { stableId } from '../graph/ids';
import { graphSchema, NODE, REL, type PropertyType } from '../graph/schema';
import { TRANSFER_NODES, TRANSFER_RELATIONSHIPS } from '../graph/transfer-queries';
import { searchTextFor, type SkillNames } from '../search/text';
import { community as demoCommunity } from '../seed/data';
import type { SeedCommunity } from '../seed/types';
import { slugify } from '../text/slug';
import { DUMP_FORMAT, DUMP_VERSION, type GraphDump, type PortableRecord, type PortableValue } from '../transfer/format';
import { intBetween, pick, stream, weighted, zipf, type Random } from './random';
import { buildTaxonomy, type TaxonomySkill } from './taxonomy';
import * as words from './vocabulary';

/**
 * The synthetic community generator: a deterministic (by seed) community of any size
 * with the shape of a real one, for benchmarks and scale tests. Sizes for N people:
 * N/10 organizations, N/5 projects, up to 2,000 skills (N/5 for small N), the demo
 * community's 11 sectors. Distributions:
 * - HAS_SKILL 3–8 a person (mean ≈ 5.5), levels skewed to 2–4; skills drawn with Zipf
 *   popularity, half of them from the person's sector;
 * - MEMBER_OF 1–2 a person (mean 1.4), organizations of the person's sector first,
 *   organization sizes Zipf-distributed (a few hubs, many small ones);
 * - CONTRIBUTES_TO ≈ 1 a person, mostly to projects of their organizations; one or two
 *   organizations a project;
 * - ENDORSES ≈ 2 a person, between members of one organization, for a skill the endorsed
 *   person has;
 * - NEEDS 2–3 a project; about a third of the projects have an open call;
 * - Skill taxonomy: BROADER and RELATED_TO (see taxonomy.ts).
 * Every node is ACTIVE, version 1, with a uuid-shaped deterministic id, a unique slug
 * and a folded searchText. The result is a GraphDump, so it loads through `COPY`
 * (load-kuzu.ts) or the transfer import (load-neo4j.ts), and digests like an export.
 */

export interface SyntheticOptions {
  /** Number of people (≥ 10). */
  readonly people: number;
  readonly seed: number;
}

export interface SyntheticCommunity {
  readonly options: SyntheticOptions;
  /** The whole community in the portable export format. */
  readonly dump: GraphDump;
  /** Skill slugs ordered by how many people hold them, most held first. */
  readonly skillsByHolders: readonly string[];
}

/** How many of each entity a community of `people` people has. */
export function communitySize(people: number) {
  return {
    people,
    organizations: Math.max(3, Math.round(people / 10)),
    projects: Math.max(3, Math.round(people / 5)),
    skills: Math.min(2000, Math.max(40, Math.round(people / 5))),
  };
}

/** Zipf exponent of skill popularity: at 100k people the top skill is held by about half of them. */
const SKILL_EXPONENT = 1.0;
/** Zipf exponent of organization and project sizes within a sector. */
const SIZE_EXPONENT = 0.8;
/** When the community "was generated": fixed, so the output is deterministic. */
export const GENERATED_AT = '2026-01-12T09:00:00.000Z';
const DAY = 86_400_000;
const START_2012 = Date.UTC(2012, 0, 1);
const START_2024 = Date.UTC(2024, 0, 1);

const NODE_PROPS = new Map(graphSchema.nodes.map((n) => [n.label, n.properties]));
const REL_PROPS = new Map(graphSchema.relationships.map((r) => [r.type, r.properties]));

/** Every schema property of the label or type, absent ones as null (lists as []), as the export writes them. */
function complete(schema: Readonly<Record<string, PropertyType>> | undefined, values: PortableRecord): PortableRecord {
  if (!schema) throw new Error('unknown schema');
  const out: PortableRecord = {};
  for (const [name, type] of Object.entries(schema)) {
    const value: PortableValue | undefined = values[name];
    out[name] = value ?? (type === 'STRING[]' ? [] : null);
  }
  return out;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A date between 2012 and 2025. */
function sinceDate(random: Random): string {
  return isoDay(START_2012 + Math.floor(random() * 14 * 365) * DAY);
}

/** An instant in 2024–2025, whole seconds. */
function createdAt(random: Random): string {
  return new Date(START_2024 + Math.floor(random() * 2 * 365 * 86_400) * 1000).toISOString();
}

/** Slugs made unique by a numeric suffix, as the app does for homonyms. */
class Slugs {
  private readonly used = new Map<string, number>();

  take(text: string): string {
    const base = slugify(text) || 'x';
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}

/** Names made unique by trying again, then by an edition number. */
function uniqueName(taken: Set<string>, make: () => string): string {
  for (let i = 0; i < 8; i++) {
    const name = make();
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  const base = make();
  let n = 2;
  while (taken.has(`${base} ${n}`)) n++;
  taken.add(`${base} ${n}`);
  return `${base} ${n}`;
}

/** Picks `count` distinct values from `draw`, giving up after a bounded number of tries. */
function distinct(count: number, draw: () => number): number[] {
  const out = new Set<number>();
  for (let tries = 0; out.size < count && tries < count * 20; tries++) out.add(draw());
  return [...out];
}

const LEVELS = [
  [1, 0.07],
  [2, 0.24],
  [3, 0.34],
  [4, 0.24],
  [5, 0.11],
] as const;
const SKILL_COUNT = [
  [3, 0.12],
  [4, 0.16],
  [5, 0.2],
  [6, 0.22],
  [7, 0.17],
  [8, 0.13],
] as const;
const KINDS = [
  ['STARTUP', 0.2],
  ['COMPANY', 0.14],
  ['ASSOCIATION', 0.26],
  ['COOPERATIVE', 0.16],
  ['INSTITUTION', 0.05],
  ['COLLECTIVE', 0.13],
  ['HUB', 0.06],
] as const;
const AVAILABILITY = [
  ['OPEN', 0.45],
  ['LIMITED', 0.35],
  ['UNAVAILABLE', 0.2],
] as const;
const VISIBILITY = [
  ['PUBLIC', 0.3],
  ['MEMBERS', 0.55],
  ['STAFF', 0.15],
] as const;
const STATUS = [
  ['IDEA', 0.15],
  ['ACTIVE', 0.5],
  ['COMPLETED', 0.25],
  ['PAUSED', 0.1],
] as const;

interface Builder {
  readonly nodes: Record<string, PortableRecord[]>;
  readonly relationships: GraphDump['relationships'];
}

function emptyDump(): Builder {
  return {
    nodes: Object.fromEntries(TRANSFER_NODES.map((n) => [n.label, []])),
    relationships: Object.fromEntries(TRANSFER_RELATIONSHIPS.map((p) => [p.key, []])),
  };
}

function addNode(b: Builder, label: string, values: PortableRecord): void {
  b.nodes[label]!.push(complete(NODE_PROPS.get(label), values));
}

function addRel(b: Builder, type: string, from: string, to: string, source: string, target: string, props: PortableRecord = {}): void {
  const rows = b.relationships[`${type}:${from}:${to}`];
  if (!rows) throw new Error(`no relationship ${type} from ${from} to ${to}`);
  rows.push({ source, target, properties: complete(REL_PROPS.get(type), props) });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function entity(random: Random, id: string, slug: string): PortableRecord {
  const at = createdAt(random);
  return { id, slug, state: 'ACTIVE', version: 1, createdAt: at, updatedAt: at };
}

/** Generates the community for `options`: the same options always give the same dump. */
export function generateCommunity(options: SyntheticOptions, seedCommunity: SeedCommunity = demoCommunity): SyntheticCommunity {
  const { seed } = options;
  if (!Number.isInteger(options.people) || options.people < 10) throw new Error('people must be an integer ≥ 10');
  const size = communitySize(options.people);
  const id = (kind: string, i: number | string) => stableId(`synthetic:${seed}:${kind}`, String(i));
  const b = emptyDump();
  const slugs = { person: new Slugs(), organization: new Slugs(), project: new Slugs() };

  // ── sectors and skills ────────────────────────────────────────────────────
  const sectors = seedCommunity.sectors;
  const sectorId = (slug: string) => id('sector', slug);
  const sectorWeights = sectors.map((s, i) => [s.slug, 1 / Math.sqrt(i + 1)] as const);
  const sectorName = new Map(sectors.map((s) => [s.slug, s.name]));
  {
    const r = stream(seed, 'sectors');
    for (const s of sectors) {
      addNode(b, NODE.Sector, {
        ...entity(r, sectorId(s.slug), s.slug),
        name: s.name,
        nameEn: s.nameEn,
        description: s.description,
        descriptionEn: s.descriptionEn,
        searchText: searchTextFor.sector(s),
      });
    }
  }
  const taxonomy = buildTaxonomy(seedCommunity, size.skills, stream(seed, 'taxonomy'));
  const skills = taxonomy.skills;
  const skillId = skills.map((s) => id('skill', s.slug));
  const skillRank = new Map(skills.map((s, i) => [s.slug, i]));
  const skillNames: SkillNames[] = skills.map((s) => ({ name: s.name, nameEn: s.nameEn, aliases: s.aliases }));
  {
    const r = stream(seed, 'skills');
    skills.forEach((s: TaxonomySkill, i) => {
      addNode(b, NODE.Skill, {
        ...entity(r, skillId[i]!, s.slug),
        name: s.name,
        nameEn: s.nameEn,
        aliases: [...s.aliases],
        description: s.description,
        descriptionEn: s.descriptionEn,
        searchText: searchTextFor.skill(s),
      });
      const broader = s.broader === null ? undefined : skillRank.get(s.broader);
      if (broader !== undefined) addRel(b, REL.BROADER, NODE.Skill, NODE.Skill, skillId[i]!, skillId[broader]!);
      for (const rel of s.related) {
        const j = skillRank.get(rel);
        if (j !== undefined) addRel(b, REL.RELATED_TO, NODE.Skill, NODE.Skill, skillId[i]!, skillId[j]!);
      }
    });
  }
  const globalSkill = zipf(skills.length, SKILL_EXPONENT);
  const sectorSkill = new Map(
    [...taxonomy.bySector].filter(([, ranks]) => ranks.length > 0).map(([sector, ranks]) => {
      const draw = zipf(ranks.length, SKILL_EXPONENT);
      return [sector, (r: Random) => ranks[draw(r)]!] as const;
    }),
  );
  /** A skill rank: half the time one of the sector's, otherwise any (both Zipf). */
  const drawSkill = (r: Random, sector: string) => {
    const fromSector = sectorSkill.get(sector);
    return fromSector && r() < 0.5 ? fromSector(r) : globalSkill(r);
  };

  // ── organizations ─────────────────────────────────────────────────────────
  const orgIds: string[] = [];
  const orgsBySector = new Map<string, number[]>(sectors.map((s) => [s.slug, []]));
  {
    const r = stream(seed, 'organizations');
    const names = new Set<string>();
    for (let i = 0; i < size.organizations; i++) {
      const kind = weighted(r, KINDS);
      const primary = weighted(r, sectorWeights);
      const second = r() < 0.3 ? weighted(r, sectorWeights) : primary;
      const orgSectors = [...new Set([primary, second])];
      const name = uniqueName(names, () => {
        const core = r() < 0.5 ? pick(r, words.ORG_WORDS) : `${pick(r, words.ORG_WORDS)}${pick(r, words.ORG_WORDS).toLowerCase()}`;
        const prefix = pick(r, words.KIND_PREFIX[kind] ?? ['']);
        const suffix = pick(r, words.KIND_SUFFIX[kind] ?? ['']);
        const tail = r() < 0.5 ? ` ${pick(r, words.ORG_TAILS)}` : '';
        return [prefix, `${core}${tail}`, suffix].filter(Boolean).join(' ');
      });
      const orgId = id('organization', i);
      orgIds.push(orgId);
      const description =
        `${name} lavora nel settore ${(sectorName.get(primary) ?? primary).toLowerCase()} a ${pick(r, words.PLACES)}. ` +
        `${pick(r, words.BIO_CLOSINGS)}`;
      addNode(b, NODE.Organization, {
        ...entity(r, orgId, slugs.organization.take(name)),
        name,
        kind,
        description,
        website: `https://${slugify(name).replace(/-/g, '')}.example`,
        location: `Roma, ${pick(r, words.PLACES)}`,
        foundedYear: intBetween(r, 1985, 2025),
        latitude: Math.round((words.CENTRE.latitude + (r() - 0.5) * 0.08) * 1e5) / 1e5,
        longitude: Math.round((words.CENTRE.longitude + (r() - 0.5) * 0.1) * 1e5) / 1e5,
        searchText: searchTextFor.organization({ name, description }),
      });
      for (const s of orgSectors) {
        orgsBySector.get(s)?.push(i);
        addRel(b, REL.IN_SECTOR, NODE.Organization, NODE.Sector, orgId, sectorId(s));
      }
    }
    // A few collaborations between organizations of one sector.
    for (let i = 0; i < size.organizations; i++) {
      if (r() >= 0.3) continue;
      const peers = orgsBySector.get(weighted(r, sectorWeights)) ?? [];
      const other = peers.length > 0 ? pick(r, peers) : i;
      if (other === i) continue;
      addRel(b, REL.COLLABORATES_WITH, NODE.Organization, NODE.Organization, orgIds[i]!, orgIds[other]!, {
        since: sinceDate(r),
        note: 'Progetti in comune',
      });
    }
  }
  const orgSize = new Map([...orgsBySector].map(([s, list]) => [s, zipf(Math.max(1, list.length), SIZE_EXPONENT)]));
  /** An organization of the sector (big ones more often), or any when the sector has none. */
  const drawOrg = (r: Random, sector: string): number => {
    const list = orgsBySector.get(sector) ?? [];
    if (list.length === 0) return intBetween(r, 0, orgIds.length - 1);
    return list[orgSize.get(sector)!(r)]!;
  };

  // ── projects ──────────────────────────────────────────────────────────────
  const projectIds: string[] = [];
  const projectsBySector = new Map<string, number[]>(sectors.map((s) => [s.slug, []]));
  const projectsByOrg = new Map<number, number[]>();
  {
    const r = stream(seed, 'projects');
    const names = new Set<string>();
    for (let i = 0; i < size.projects; i++) {
      const primary = weighted(r, sectorWeights);
      const projectSectors = [...new Set([primary, r() < 0.25 ? weighted(r, sectorWeights) : primary])];
      const name = uniqueName(names, () => `${pick(r, words.PROJECT_WORDS)} ${pick(r, words.PROJECT_TAILS)}`);
      const projectId = id('project', i);
      projectIds.push(projectId);
      const status = weighted(r, STATUS);
      const start = START_2012 + Math.floor(r() * 13 * 365) * DAY;
      const needs = distinct(intBetween(r, 2, 3), () => drawSkill(r, primary));
      const hasCall = status !== 'COMPLETED' && r() < 0.55;
      const callOpen = hasCall && r() < 0.75;
      const openCall = hasCall
        ? `Cerchiamo persone esperte di ${needs.map((s) => skills[s]!.name.toLowerCase()).join(' e ')}.`
        : null;
      const summary = `Un progetto di ${(sectorName.get(primary) ?? primary).toLowerCase()} nato a ${pick(r, words.PLACES)}.`;
      const description = `${summary} ${pick(r, words.BIO_CLOSINGS)}`;
      addNode(b, NODE.Project, {
        ...entity(r, projectId, slugs.project.take(name)),
        name,
        summary,
        description,
        status,
        startDate: isoDay(start),
        endDate: status === 'COMPLETED' ? isoDay(start + intBetween(r, 90, 900) * DAY) : null,
        openCall,
        callOpen,
        searchText: searchTextFor.project({ name, summary, description, openCall }),
      });
      for (const s of projectSectors) {
        projectsBySector.get(s)?.push(i);
        addRel(b, REL.IN_SECTOR, NODE.Project, NODE.Sector, projectId, sectorId(s));
      }
      for (const s of needs) {
        addRel(b, REL.NEEDS, NODE.Project, NODE.Skill, projectId, skillId[s]!, {
          level: weighted(r, [
            [2, 0.3],
            [3, 0.45],
            [4, 0.25],
          ]),
          note: r() < 0.3 ? `Anche ${skills[s]!.name.toLowerCase()} a distanza` : null,
        });
      }
      const leads = distinct(r() < 0.3 ? 2 : 1, () => drawOrg(r, primary));
      for (const o of leads) {
        pushTo(projectsByOrg, o, i);
        addRel(b, REL.CONTRIBUTES_TO, NODE.Organization, NODE.Project, orgIds[o]!, projectId, {
          role: r() < 0.5 ? 'capofila' : pick(r, words.PROJECT_ROLES),
          since: isoDay(start),
        });
      }
    }
  }
  const projectSize = new Map([...projectsBySector].map(([s, list]) => [s, zipf(Math.max(1, list.length), SIZE_EXPONENT)]));

  // ── people ────────────────────────────────────────────────────────────────
  const personIds: string[] = [];
  const personSkills: number[][] = [];
  const personOrgs: number[][] = [];
  const membersOf = new Map<number, number[]>();
  const holders = new Array<number>(skills.length).fill(0);
  {
    const r = stream(seed, 'people');
    for (let i = 0; i < size.people; i++) {
      const female = r() < 0.5;
      const first = female ? pick(r, words.FEMALE_NAMES) : pick(r, words.MALE_NAMES);
      const name = `${first} ${pick(r, words.LAST_NAMES)}`;
      const sector = weighted(r, sectorWeights);
      const orgs = [drawOrg(r, sector)];
      if (r() < 0.4) {
        const other = drawOrg(r, r() < 0.7 ? sector : weighted(r, sectorWeights));
        if (other !== orgs[0]) orgs.push(other);
      }
      const mine = distinct(weighted(r, SKILL_COUNT), () => drawSkill(r, sector));
      const personId = id('person', i);
      personIds.push(personId);
      personSkills.push(mine);
      personOrgs.push(orgs);
      const top = mine.map((s) => skills[s]!.name.toLowerCase());
      const headline = `${pick(r, words.HEADLINE_OPENINGS)} ${top.slice(0, 2).join(' e ')}`;
      const place = pick(r, words.PLACES);
      const bio = `${first} vive a ${place} e lavora soprattutto di ${top[0] ?? 'progetti'}. ${pick(r, words.BIO_CLOSINGS)}`;
      const slug = slugs.person.take(name);
      addNode(b, NODE.Person, {
        ...entity(r, personId, slug),
        name,
        headline,
        bio,
        email: `${slug}@rizoma-sintetica.example`,
        location: `Roma, ${place}`,
        availability: weighted(r, AVAILABILITY),
        contactVisibility: weighted(r, VISIBILITY),
        searchText: searchTextFor.person({ name, headline, bio, skills: mine.map((s) => skillNames[s]!) }),
      });
      for (const s of mine) {
        holders[s] = (holders[s] ?? 0) + 1;
        addRel(b, REL.HAS_SKILL, NODE.Person, NODE.Skill, personId, skillId[s]!, { level: weighted(r, LEVELS), since: sinceDate(r) });
      }
      for (const o of orgs) {
        pushTo(membersOf, o, i);
        addRel(b, REL.MEMBER_OF, NODE.Person, NODE.Organization, personId, orgIds[o]!, {
          role: pick(r, female ? words.MEMBER_ROLES : words.MEMBER_ROLES_M),
          since: sinceDate(r),
          isManager: r() < 0.06,
        });
      }
      // About one project each: mostly one of their organizations', otherwise one of their sector.
      const contributions = weighted(r, [
        [0, 0.15],
        [1, 0.7],
        [2, 0.15],
      ]);
      const own = orgs.flatMap((o) => projectsByOrg.get(o) ?? []);
      const sectorProjects = projectsBySector.get(sector) ?? [];
      const projects = distinct(contributions, () => {
        if (own.length > 0 && r() < 0.6) return pick(r, own);
        if (sectorProjects.length > 0) return sectorProjects[projectSize.get(sector)!(r)]!;
        return intBetween(r, 0, projectIds.length - 1);
      });
      for (const p of projects) {
        addRel(b, REL.CONTRIBUTES_TO, NODE.Person, NODE.Project, personId, projectIds[p]!, {
          role: pick(r, words.PROJECT_ROLES),
          since: sinceDate(r),
        });
      }
    }
  }

  // ── endorsements between members of one organization ─────────────────────
  {
    const r = stream(seed, 'endorsements');
    for (let i = 0; i < size.people; i++) {
      const orgs = personOrgs[i]!;
      const endorsed = new Set<number>();
      const wanted = weighted(r, [
        [1, 0.2],
        [2, 0.6],
        [3, 0.2],
      ]);
      for (let tries = 0; endorsed.size < wanted && tries < wanted * 4; tries++) {
        const members = membersOf.get(pick(r, orgs)) ?? [];
        const other = members.length > 1 ? pick(r, members) : i;
        if (other === i || endorsed.has(other)) continue;
        endorsed.add(other);
        addRel(b, REL.ENDORSES, NODE.Person, NODE.Person, personIds[i]!, personIds[other]!, {
          skill: skillId[pick(r, personSkills[other]!)]!,
          at: createdAt(r),
        });
      }
    }
  }

  const skillsByHolders = skills
    .map((s, i) => ({ slug: s.slug, n: holders[i]! }))
    .sort((x, y) => y.n - x.n || (x.slug < y.slug ? -1 : 1))
    .map((s) => s.slug);
  const dump: GraphDump = {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    schemaVersion: 1,
    exportedAt: GENERATED_AT,
    nodes: b.nodes,
    relationships: b.relationships,
  };
  return { options, dump, skillsByHolders };
}

/** Node and relationship counts of a dump, by label and by relationship type. */
export function dumpCounts(dump: Pick<GraphDump, 'nodes' | 'relationships'>): { nodes: Record<string, number>; relationships: Record<string, number> } {
  const nodes = Object.fromEntries(Object.entries(dump.nodes).map(([label, rows]) => [label, rows.length]));
  const relationships: Record<string, number> = {};
  for (const [key, rows] of Object.entries(dump.relationships)) {
    const type = key.split(':')[0]!;
    relationships[type] = (relationships[type] ?? 0) + rows.length;
  }
  return { nodes, relationships };
}
