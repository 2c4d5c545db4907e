/**
 * Generates a synthetic community and loads it into a fresh embedded store.
 *
 *   npx tsx scripts/generate-community.ts --people 10000 --seed 42 --data-dir /tmp/x
 *
 * The data folder must be new or empty (the load uses Kùzu's COPY into empty tables).
 * With NEO4J_URI set it loads into that (empty) Neo4j database instead, through UNWIND
 * batches. Prints the counts, the distributions and the time each step took, and
 * writes synthetic.json (size, seed, popular skills, sample people) beside the store for
 * scripts/bench/matching.ts. --verbose prints the time of each COPY.
 */
import fs from 'node:fs';
import { openKuzuStore } from '@/lib/graph/kuzu';
import { neo4jOptionsFromEnv, openNeo4jStore } from '@/lib/graph/neo4j';
import { dumpCounts, generateCommunity, type SyntheticCommunity } from '@/lib/synthetic/generate';
import { loadIntoKuzu } from '@/lib/synthetic/load-kuzu';
import { loadIntoNeo4j } from '@/lib/synthetic/load-neo4j';
import { describeCommunity, writeManifest } from '@/lib/synthetic/manifest';

/** COPY of 100k people ran out of the app's default 512 MiB buffer pool. */
const LOAD_BUFFER_POOL = 4 * 1024 ** 3;

function argument(name: string, fallback?: string): string {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`missing ${name}`);
  return value;
}

/** Share of people holding the most held skill, and mean links a person. */
function distributions(c: SyntheticCommunity): string {
  const people = c.options.people;
  const held = new Map<string, number>();
  for (const r of c.dump.relationships['HAS_SKILL:Person:Skill'] ?? []) held.set(String(r.target), (held.get(String(r.target)) ?? 0) + 1);
  const top = Math.max(0, ...held.values());
  const levels = [0, 0, 0, 0, 0];
  for (const r of c.dump.relationships['HAS_SKILL:Person:Skill'] ?? []) levels[Number(r.properties.level) - 1]! += 1;
  const total = levels.reduce((a, b) => a + b, 0);
  const members = new Map<string, number>();
  for (const r of c.dump.relationships['MEMBER_OF:Person:Organization'] ?? []) members.set(String(r.target), (members.get(String(r.target)) ?? 0) + 1);
  const counts = dumpCounts(c.dump).relationships;
  const per = (type: string) => ((counts[type] ?? 0) / people).toFixed(2);
  return [
    `  top skill held by ${((100 * top) / people).toFixed(1)} % of people; skills held by nobody: ${(c.dump.nodes.Skill?.length ?? 0) - held.size}`,
    `  levels 1..5: ${levels.map((n) => `${((100 * n) / total).toFixed(0)} %`).join(' / ')}`,
    `  a person: ${per('HAS_SKILL')} skills, ${per('MEMBER_OF')} memberships, ${per('ENDORSES')} endorsements; biggest organization ${Math.max(0, ...members.values())} members`,
  ].join('\n');
}

async function main() {
  const people = Number(argument('--people', '10000'));
  const seed = Number(argument('--seed', '42'));
  const verbose = process.argv.includes('--verbose');
  const neo4j = neo4jOptionsFromEnv(process.env);
  const dataDir = neo4j ? null : argument('--data-dir');
  if (dataDir && fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty: give a new folder`);
  }

  let t = performance.now();
  const community = generateCommunity({ people, seed });
  const generateMs = performance.now() - t;
  const counts = dumpCounts(community.dump);
  console.log(`Generated ${people} people (seed ${seed}) in ${(generateMs / 1000).toFixed(1)} s`);
  console.log(`  nodes: ${Object.entries(counts.nodes).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`  relationships: ${Object.entries(counts.relationships).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(distributions(community));

  const store = neo4j ? openNeo4jStore(neo4j) : openKuzuStore({ dataDir: dataDir!, bufferPoolBytes: LOAD_BUFFER_POOL });
  try {
    await store.migrate();
    t = performance.now();
    if (store.engine === 'kuzu' && 'copyFrom' in store) {
      const report = await loadIntoKuzu(store, community.dump, {
        onStep: (step, ms) => verbose && console.log(`  ${step}: ${(ms / 1000).toFixed(2)} s`),
      });
      console.log(
        `Loaded into ${store.location} with COPY: ${report.nodes} nodes, ${report.relationships} relationships; ` +
          `CSV ${(report.stageMs / 1000).toFixed(1)} s, COPY ${(report.copyMs / 1000).toFixed(1)} s`,
      );
      const loadMs = { generate: generateMs, csv: report.stageMs, copy: report.copyMs, };
      writeManifest(dataDir!, describeCommunity(community, loadMs));
    } else {
      const report = await loadIntoNeo4j(store, community.dump);
      console.log(`Loaded into ${store.location}: ${report.nodes} nodes, ${report.relationships} relationships`);
    }
    console.log(`Load time ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
