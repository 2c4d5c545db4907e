import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyStatement, openKuzuStore, type KuzuStore } from '@/lib/graph/kuzu';
import { NODE, REL } from '@/lib/graph/schema';
import { noteWriteEnded } from '@/lib/graph/write-generation';
import { findCollaborators } from '@/lib/matching/find-collaborators';
import { search } from '@/lib/search/search';
import { community as demo } from '@/lib/seed/data';
import { communitySize, dumpCounts, generateCommunity, type SyntheticCommunity } from '@/lib/synthetic/generate';
import { loadIntoKuzu } from '@/lib/synthetic/load-kuzu';
import { foldText } from '@/lib/text/fold';
import { graphDigest } from '@/lib/transfer/digest';
import { exportGraph } from '@/lib/transfer/export';
import type { PortableRecord, RelationshipRecord } from '@/lib/transfer/format';

/**
 * The synthetic community generator (deterministic, realistic shape) and its COPY load
 * into Kùzu: what is loaded is exactly what was generated, and the full-text indexes and
 * the collaborator search work on it.
 */
const PEOPLE = 2000;
let generated: SyntheticCommunity;
let store: KuzuStore;
let dataDir: string;

beforeAll(async () => {
  generated = generateCommunity({ people: PEOPLE, seed: 7 });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-synthetic-'));
  store = openKuzuStore({ dataDir, readConnections: 2, bufferPoolBytes: 256 * 1024 * 1024 });
  await store.migrate();
  await loadIntoKuzu(store, generated.dump);
}, 60_000);

afterAll(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const nodes = (label: string): PortableRecord[] => generated.dump.nodes[label] ?? [];
const rels = (key: string): RelationshipRecord[] => generated.dump.relationships[key] ?? [];

function perSource(rows: readonly RelationshipRecord[]): Map<string, RelationshipRecord[]> {
  const out = new Map<string, RelationshipRecord[]>();
  for (const r of rows) out.set(String(r.source), [...(out.get(String(r.source)) ?? []), r]);
  return out;
}

describe('the generator', () => {
  test('is deterministic by seed', () => {
    const again = generateCommunity({ people: PEOPLE, seed: 7 });
    expect(graphDigest(again.dump)).toBe(graphDigest(generated.dump));
    expect(again.skillsByHolders).toEqual(generated.skillsByHolders);
    expect(graphDigest(generateCommunity({ people: PEOPLE, seed: 8 }).dump)).not.toBe(graphDigest(generated.dump));
  });

  test('makes the expected number of each entity', () => {
    const size = communitySize(PEOPLE);
    const counts = dumpCounts(generated.dump);
    expect(counts.nodes).toMatchObject({
      [NODE.Person]: PEOPLE,
      [NODE.Organization]: size.organizations,
      [NODE.Project]: size.projects,
      [NODE.Skill]: size.skills,
      [NODE.Sector]: demo.sectors.length,
    });
    expect(size).toMatchObject({ organizations: PEOPLE / 10, projects: PEOPLE / 5 });
    expect(communitySize(100_000).skills).toBe(2000);
  });

  test('gives every entity an id, a unique slug, state, version, timestamps and a folded searchText', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const label of [NODE.Person, NODE.Organization, NODE.Project, NODE.Skill, NODE.Sector]) {
      const rows = nodes(label);
      expect(new Set(rows.map((r) => r.slug)).size).toBe(rows.length);
      for (const r of rows) {
        expect(r).toMatchObject({ state: 'ACTIVE', version: 1 });
        expect(String(r.id)).toMatch(uuid);
        expect(r.createdAt).toBe(r.updatedAt);
        expect(typeof r.searchText).toBe('string');
        expect(foldText(String(r.searchText))).toBe(r.searchText);
      }
    }
  });

  test('has realistic distributions of skills, levels, memberships, endorsements and needs', () => {
    const skills = perSource(rels(`${REL.HAS_SKILL}:${NODE.Person}:${NODE.Skill}`));
    const counts = nodes(NODE.Person).map((p) => skills.get(String(p.id))?.length ?? 0);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...counts)).toBeLessThanOrEqual(8);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(counts)).toBeGreaterThan(5);
    expect(mean(counts)).toBeLessThan(6);

    const levels = [...skills.values()].flat().map((r) => Number(r.properties.level));
    expect(levels.filter((l) => l >= 2 && l <= 4).length / levels.length).toBeGreaterThan(0.75);

    // Zipf popularity: a few skills held by many, a long tail held by few.
    const holders = new Map<string, number>();
    for (const r of [...skills.values()].flat()) holders.set(String(r.target), (holders.get(String(r.target)) ?? 0) + 1);
    const byHolders = [...holders.values()].sort((a, b) => b - a);
    expect(byHolders[0]! / PEOPLE).toBeGreaterThan(0.2);
    expect(byHolders[Math.floor(byHolders.length / 2)]! / PEOPLE).toBeLessThan(0.02);

    const memberships = perSource(rels(`${REL.MEMBER_OF}:${NODE.Person}:${NODE.Organization}`));
    const perPerson = nodes(NODE.Person).map((p) => memberships.get(String(p.id))?.length ?? 0);
    expect(Math.min(...perPerson)).toBe(1);
    expect(Math.max(...perPerson)).toBe(2);

    // Endorsements about two a person, always between members of one organization, for a skill the person has.
    const endorsements = rels(`${REL.ENDORSES}:${NODE.Person}:${NODE.Person}`);
    expect(endorsements.length / PEOPLE).toBeGreaterThan(1.5);
    const orgsOf = (id: string) => new Set((memberships.get(id) ?? []).map((r) => r.target));
    for (const e of endorsements) {
      const shared = [...orgsOf(String(e.source))].some((o) => orgsOf(String(e.target)).has(o));
      expect(shared).toBe(true);
      expect((skills.get(String(e.target)) ?? []).map((r) => r.target)).toContain(e.properties.skill);
    }

    const needs = perSource(rels(`${REL.NEEDS}:${NODE.Project}:${NODE.Skill}`));
    for (const p of nodes(NODE.Project)) expect([2, 3]).toContain(needs.get(String(p.id))?.length);
    expect(nodes(NODE.Project).some((p) => p.callOpen === true)).toBe(true);
    expect(rels(`${REL.BROADER}:${NODE.Skill}:${NODE.Skill}`).length).toBeGreaterThan(0);
    expect(rels(`${REL.RELATED_TO}:${NODE.Skill}:${NODE.Skill}`).length).toBeGreaterThan(0);
  });
});

describe('the COPY load into Kùzu', () => {
  test('stores exactly the generated graph', async () => {
    const exported = await exportGraph(store, 1);
    expect(dumpCounts(exported)).toEqual(dumpCounts(generated.dump));
    expect(graphDigest(exported)).toBe(graphDigest(generated.dump));
  }, 30_000);

  test('refuses a store that already holds nodes', async () => {
    await expect(loadIntoKuzu(store, generated.dump)).rejects.toThrow(/already holds/);
  });

  test('the search index finds a generated person by name, also after a write rebuilt it', async () => {
    const names = new Map<string, number>();
    for (const p of nodes(NODE.Person)) names.set(String(p.name), (names.get(String(p.name)) ?? 0) + 1);
    const person = nodes(NODE.Person).find((p) => names.get(String(p.name)) === 1)!;
    const found = async () => {
      const results = await search(store, { query: String(person.name), kinds: ['Person'], first: 5 });
      return results.groups[0]?.hits.map((h) => h.id) ?? [];
    };
    expect(await found()).toContain(person.id);
    noteWriteEnded();
    expect(await found()).toContain(person.id);
  });

  test('COPY statements are built only from schema names and safe absolute paths', async () => {
    expect(copyStatement(NODE.Skill, '/tmp/x/Skill.csv', { columns: ['id', 'name'] })).toBe(
      "COPY Skill(id, name) FROM '/tmp/x/Skill.csv' (HEADER=true)",
    );
    expect(copyStatement(REL.CONTRIBUTES_TO, '/tmp/c.csv', { from: NODE.Organization, to: NODE.Project, columns: ['role'] })).toBe(
      "COPY CONTRIBUTES_TO(role) FROM '/tmp/c.csv' (from='Organization', to='Project', HEADER=true)",
    );
    expect(() => copyStatement('Nope', '/tmp/x.csv')).toThrow(/unknown table/);
    expect(() => copyStatement(NODE.Person, "/tmp/x'); DROP TABLE Person; ('.csv")).toThrow(/absolute file path/);
    expect(() => copyStatement(NODE.Person, 'relative.csv')).toThrow(/absolute file path/);
    expect(() => copyStatement(NODE.Person, '/tmp/x.csv', { columns: ['id', 'nope'] })).toThrow(/unknown columns/);
    expect(() => copyStatement(REL.CONTRIBUTES_TO, '/tmp/x.csv')).toThrow(/endpoint pairs/);
    expect(() => copyStatement(REL.CONTRIBUTES_TO, '/tmp/x.csv', { from: NODE.Skill, to: NODE.Project })).toThrow(/endpoint pairs/);
    expect(() => copyStatement(NODE.Person, '/tmp/x.csv', { from: NODE.Person })).toThrow(/relationship tables/);
    await expect(store.copyFrom(NODE.Person, '/tmp/"x.csv')).rejects.toThrow(/absolute file path/);
  });
});

test('findCollaborators ranks synthetic people for a popular skill pair', async () => {
  const [a, b] = generated.skillsByHolders.slice(2, 4);
  const results = await findCollaborators(store, { skills: [a!, b!], mode: 'ALL', first: 10 }, null);
  expect(results.totalCount).toBeGreaterThan(0);
  expect(results.matches.length).toBeGreaterThan(0);
  const scores = results.matches.map((m) => m.score);
  expect(scores).toEqual([...scores].sort((x, y) => y - x));
  const people = new Set(nodes(NODE.Person).map((p) => p.id));
  for (const m of results.matches) expect(people.has(m.personId)).toBe(true);
});
