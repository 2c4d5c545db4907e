/**
 * Benchmark, not a test: how the ecosystem map's layout scales from 500 to 5,000 nodes.
 *
 *   npx tsx scripts/bench/map-layout.ts [iterations]   (default: the client's maxIterations)
 *
 * Builds synthetic networks with the demo community's shape (its mix of node types and
 * each record's number of links, targets picked with a Zipf-like popularity), lays them
 * out exactly as the browser does (same graph builder, starting positions, ForceAtlas2
 * settings and settle rule from app/_components/map/map-layout.ts, the same iteration
 * function the web worker runs, positions copied back after each iteration as the worker
 * supervisor does) and prints, per size: ms per iteration, the main-thread share, the
 * iterations and time to a stable layout, and ratios against the 500-node baseline
 * measured in the same run (machines vary ~15 % between runs: compare ratios).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import {
  applyLayout,
  buildMapGraph,
  LAYOUT_LIMITS,
  layoutSettings,
  linkedPart,
  SettleTracker,
  type MapGraphModel,
} from '@/app/_components/map/map-layout';
import type { MapEdgeData, MapGraphData, MapNodeData, MapNodeType } from '@/app/_components/map/map-model';
import { community } from '@/lib/seed/data';
import { mulberry32 } from '@/lib/synthetic/random';

// The worker's own iteration function and matrix helpers (untyped CommonJS of the package).
const load = createRequire(__filename);
type Matrices = { nodes: Float32Array; edges: Float32Array };
const iterate: (settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array) => void = load(
  'graphology-layout-forceatlas2/iterate.js',
);
const helpers: {
  graphToByteArrays(graph: MapGraphModel, weight: () => number): Matrices;
  assignLayoutChanges(graph: MapGraphModel, nodes: Float32Array, reducer: null): void;
} = load('graphology-layout-forceatlas2/helpers.js');
const DEFAULT_SETTINGS: Required<ForceAtlas2Settings> = load('graphology-layout-forceatlas2/defaults.js');

// ----- a deterministic synthetic community with the seed's shape -----

/** Picks indexes in [0, n) with Zipf-like popularity (a few very popular, a long tail). */
function zipfPicker(n: number, random: () => number, exponent = 0.9): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) cumulative.push((total += 1 / Math.pow(i + 1, exponent)));
  return () => {
    const r = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function distinct(count: number, pick: () => number, limit: number): number[] {
  const out = new Set<number>();
  for (let tries = 0; out.size < Math.min(count, limit) && tries < count * 20; tries++) out.add(pick());
  return [...out];
}

const TYPE_NAME: Record<MapNodeType, string> = { PERSON: 'Persona', ORGANIZATION: 'Organizzazione', PROJECT: 'Progetto', SKILL: 'Competenza', SECTOR: 'Settore' };

function synthetic(order: number, seed = 42): MapGraphData {
  const random = mulberry32(seed);
  const c = community;
  const seedOrder = c.people.length + c.organizations.length + c.projects.length + c.skills.length + c.sectors.length;
  const scale = order / seedOrder;
  const count = {
    PERSON: Math.round(c.people.length * scale),
    ORGANIZATION: Math.round(c.organizations.length * scale),
    PROJECT: Math.round(c.projects.length * scale),
    SECTOR: Math.max(3, Math.round(c.sectors.length * scale)),
    SKILL: 0,
  };
  count.SKILL = order - count.PERSON - count.ORGANIZATION - count.PROJECT - count.SECTOR;
  // Ids shaped like the store's (UUIDs): their length is most of the payload.
  const id = (type: MapNodeType, i: number) => {
    const hex = createHash('sha1').update(`${type}:${i}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  };
  const pickOf = (type: MapNodeType) => zipfPicker(count[type], random);
  const pick = { ORGANIZATION: pickOf('ORGANIZATION'), PROJECT: pickOf('PROJECT'), SKILL: pickOf('SKILL'), SECTOR: pickOf('SECTOR'), PERSON: pickOf('PERSON') };
  const edges: MapEdgeData[] = [];
  const link = (type: string, from: MapNodeType, i: number, to: MapNodeType, targets: number[]) => {
    for (const t of targets) edges.push({ source: id(from, i), target: id(to, t), type });
  };
  for (let i = 0; i < count.PERSON; i++) {
    const template = c.people[i % c.people.length]!;
    link('HAS_SKILL', 'PERSON', i, 'SKILL', distinct(template.skills.length, pick.SKILL, count.SKILL));
    link('MEMBER_OF', 'PERSON', i, 'ORGANIZATION', distinct(template.memberships.length, pick.ORGANIZATION, count.ORGANIZATION));
  }
  for (let i = 0; i < count.PROJECT; i++) {
    const template = c.projects[i % c.projects.length]!;
    for (const p of distinct(template.contributors.length, pick.PERSON, count.PERSON)) {
      edges.push({ source: id('PERSON', p), target: id('PROJECT', i), type: 'CONTRIBUTES_TO' });
    }
    for (const o of distinct(template.organizations.length, pick.ORGANIZATION, count.ORGANIZATION)) {
      edges.push({ source: id('ORGANIZATION', o), target: id('PROJECT', i), type: 'CONTRIBUTES_TO' });
    }
    link('IN_SECTOR', 'PROJECT', i, 'SECTOR', distinct(template.sectors.length, pick.SECTOR, count.SECTOR));
    link('NEEDS', 'PROJECT', i, 'SKILL', distinct(template.needs.length, pick.SKILL, count.SKILL));
  }
  for (let i = 0; i < count.ORGANIZATION; i++) {
    const template = c.organizations[i % c.organizations.length]!;
    link('IN_SECTOR', 'ORGANIZATION', i, 'SECTOR', distinct(template.sectors.length, pick.SECTOR, count.SECTOR));
  }
  const collaborations = Math.round(c.collaborations.length * scale);
  for (let k = 0; k < collaborations; k++) {
    const [a, b] = [pick.ORGANIZATION(), pick.ORGANIZATION()];
    if (a !== b) edges.push({ source: id('ORGANIZATION', a), target: id('ORGANIZATION', b), type: 'COLLABORATES_WITH' });
  }
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const nodes: MapNodeData[] = [];
  for (const type of ['PERSON', 'ORGANIZATION', 'PROJECT', 'SKILL', 'SECTOR'] as const) {
    for (let i = 0; i < count[type]; i++) {
      const key = id(type, i);
      nodes.push({ id: key, type, slug: `${type.toLowerCase()}-${i}`, label: `${TYPE_NAME[type]} ${i}`, degree: degree.get(key) ?? 0 });
    }
  }
  return { nodes, edges, truncated: false };
}

// ----- the layout, iteration by iteration -----

interface Run {
  order: number;
  linked: number;
  size: number;
  payloadKb: number;
  buildMs: number;
  iterateMs: number[];
  mainThreadMs: number[];
  settledAt: number | null;
  settledMs: number | null;
  lastShare: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function run(order: number, iterations: number, settingsOverride: ForceAtlas2Settings = {}): Run {
  const data = synthetic(order);
  const t0 = performance.now();
  const whole = buildMapGraph(data, 'it');
  const graph = linkedPart(whole);
  const buildMs = performance.now() - t0;
  const settings = { ...DEFAULT_SETTINGS, ...layoutSettings(graph.order), ...settingsOverride };
  const matrices = helpers.graphToByteArrays(graph, () => 1);
  const tracker = new SettleTracker(graph);
  const iterateMs: number[] = [];
  const mainThreadMs: number[] = [];
  let settledAt: number | null = null;
  let settledMs: number | null = null;
  for (let i = 0; i < iterations; i++) {
    const a = performance.now();
    iterate(settings, matrices.nodes, matrices.edges);
    const b = performance.now();
    helpers.assignLayoutChanges(graph, matrices.nodes, null);
    const settled = tracker.record();
    const c = performance.now();
    iterateMs.push(b - a);
    mainThreadMs.push(c - b);
    if (settled && settledAt === null) {
      settledAt = i + 1;
      settledMs = sum(iterateMs) + sum(mainThreadMs);
    }
  }
  applyLayout(whole, graph);
  return {
    order: whole.order,
    linked: graph.order,
    size: whole.size,
    payloadKb: JSON.stringify(data).length / 1024,
    buildMs,
    iterateMs,
    mainThreadMs,
    settledAt,
    settledMs,
    lastShare: tracker.lastShare,
  };
}

function report(label: string, r: Run, base?: Run): void {
  const perIteration = median(r.iterateMs);
  const clientStop = r.settledAt ?? r.iterateMs.length;
  const clientMs = Math.min(sum(r.iterateMs.slice(0, clientStop)) + sum(r.mainThreadMs.slice(0, clientStop)), LAYOUT_LIMITS.maxMs);
  const ratio = (a: number, b: number | undefined) => (b ? ` (${(a / b).toFixed(1)}x)` : '');
  console.log(`\n${label}: ${r.order} nodes (${r.linked} with edges, laid out), ${r.size} edges, API payload ≈ ${r.payloadKb.toFixed(0)} KB, graph built in ${r.buildMs.toFixed(1)} ms`);
  console.log(`  ForceAtlas2 iteration (worker): median ${perIteration.toFixed(2)} ms${ratio(perIteration, base && median(base.iterateMs))}, p95 ${[...r.iterateMs].sort((a, b) => a - b)[Math.floor(r.iterateMs.length * 0.95)]?.toFixed(2)} ms`);
  console.log(`  main thread per iteration (positions copied back + settle check): median ${median(r.mainThreadMs).toFixed(2)} ms`);
  if (r.settledAt !== null && r.settledMs !== null) {
    console.log(`  stable after ${r.settledAt} iterations, ${r.settledMs.toFixed(0)} ms${ratio(r.settledMs, base?.settledMs ?? undefined)}`);
  } else {
    console.log(`  not stable within ${r.iterateMs.length} iterations (last mean move ${(r.lastShare * 100).toFixed(3)} % of the drawing)`);
  }
  console.log(`  the client stops after ${clientStop} iterations or ${LAYOUT_LIMITS.maxMs} ms: ≈ ${clientMs.toFixed(0)} ms of layout`);
}

function main(): void {
  const iterations = Number(process.argv[2] ?? LAYOUT_LIMITS.maxIterations);
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error('usage: map-layout.ts [iterations]');
  console.log(`Map layout benchmark, ${iterations} iterations per size (Node ${process.version})`);
  run(300, 50); // warm-up: JIT
  const base = run(500, iterations);
  const big = run(5_000, iterations);
  report('baseline', base);
  report('target', big, base);
  const bruteIterations = Math.min(iterations, 30);
  const brute = run(5_000, bruteIterations, { barnesHutOptimize: false });
  console.log(`\nwithout Barnes-Hut at 5,000 nodes (${bruteIterations} iterations): median ${median(brute.iterateMs).toFixed(1)} ms per iteration (${(median(brute.iterateMs) / median(big.iterateMs)).toFixed(1)}x the Barnes-Hut run)`);
}

main();
