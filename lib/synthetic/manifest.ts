import fs from 'node:fs';
import path from 'node:path';
import { stream } from './random';
import type { SyntheticCommunity } from './generate';

/**
 * A small description of a generated community, written beside the store it was loaded
 * into, so a benchmark can reuse the store without generating the community again: its
 * size and seed, the skills by popularity and a deterministic sample of people.
 */
export interface SyntheticManifest {
  people: number;
  seed: number;
  /** Skill slugs, most held first (the first 300). */
  skillsByHolders: string[];
  /** Ids of people drawn at random (seeded), for path and profile benchmarks. */
  samplePeople: string[];
  nodes: number;
  relationships: number;
  /** How long the load took, in ms, by step. */
  loadMs: Record<string, number>;
}

const FILE = 'synthetic.json';

/** The manifest of `community` loaded with the given timings. */
export function describeCommunity(community: SyntheticCommunity, loadMs: Record<string, number>): SyntheticManifest {
  const people = community.dump.nodes.Person ?? [];
  const random = stream(community.options.seed, 'sample');
  const samplePeople = Array.from({ length: Math.min(1000, people.length) }, () => String(people[Math.floor(random() * people.length)]!.id));
  return {
    people: community.options.people,
    seed: community.options.seed,
    skillsByHolders: community.skillsByHolders.slice(0, 300),
    samplePeople,
    nodes: Object.values(community.dump.nodes).reduce((n, rows) => n + rows.length, 0),
    relationships: Object.values(community.dump.relationships).reduce((n, rows) => n + rows.length, 0),
    loadMs,
  };
}

/** Writes the manifest into the store's data folder. */
export function writeManifest(dataDir: string, manifest: SyntheticManifest): void {
  fs.writeFileSync(path.join(dataDir, FILE), `${JSON.stringify(manifest, null, 1)}\n`);
}

/** The manifest of the community in `dataDir`, or null when none was generated there. */
export function readManifest(dataDir: string): SyntheticManifest | null {
  const file = path.join(dataDir, FILE);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as SyntheticManifest) : null;
}
