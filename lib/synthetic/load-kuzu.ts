import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KuzuStore } from '../graph/kuzu';
import { countNodes, TRANSFER_NODES, TRANSFER_RELATIONSHIPS } from '../graph/transfer-queries';
import type { GraphDump } from '../transfer/format';
import { csvField, writeCsv } from './csv';

/**
 * Loads a whole community into an empty Kùzu store the fast way: one CSV per node table
 * and per relationship (type, from, to) pair in a temporary folder, each loaded with
 * `COPY` (PERFORMANCE.md: 3 s at 100k people, where UNWIND + MATCH takes ≈ 18 min).
 * Full-text indexes are dropped for the load and rebuilt after it.
 */

export interface KuzuLoadReport {
  nodes: number;
  relationships: number;
  /** Writing the CSV files. */
  stageMs: number;
  /** The COPY statements. */
  copyMs: number;
}

async function storedNodes(store: KuzuStore): Promise<number> {
  return store.read(async (tx) => {
    let n = 0;
    for (const schema of TRANSFER_NODES) n += (await tx.run(countNodes[schema.label]!))[0]?.n ?? 0;
    return n;
  });
}

export interface StagedFile {
  table: string;
  file: string;
  from?: string;
  to?: string;
  columns: string[];
}

/** Writes one CSV per node table and relationship pair into `dir`; returns them in load order (nodes first). */
export function stageCsv(dir: string, dump: Pick<GraphDump, 'nodes' | 'relationships'>): { files: StagedFile[]; nodes: number; relationships: number } {
  const files: StagedFile[] = [];
  let nodes = 0;
  let relationships = 0;
  for (const schema of TRANSFER_NODES) {
    const rows = dump.nodes[schema.label] ?? [];
    if (rows.length === 0) continue;
    const columns = Object.keys(schema.properties);
    const types = columns.map((c) => schema.properties[c]!);
    const file = path.join(dir, `${schema.label}.csv`);
    nodes += writeCsv(file, columns, (function* () {
      for (const row of rows) yield columns.map((c, i) => csvField(row[c], types[i]!));
    })());
    files.push({ table: schema.label, file, columns });
  }
  for (const pair of TRANSFER_RELATIONSHIPS) {
    const rows = dump.relationships[pair.key] ?? [];
    if (rows.length === 0) continue;
    const columns = Object.keys(pair.properties);
    const types = columns.map((c) => pair.properties[c]!);
    const file = path.join(dir, `${pair.key.replace(/:/g, '-')}.csv`);
    relationships += writeCsv(file, ['from', 'to', ...columns], (function* () {
      for (const r of rows) {
        yield [csvField(String(r.source), 'STRING'), csvField(String(r.target), 'STRING'), ...columns.map((c, i) => csvField(r.properties[c], types[i]!))];
      }
    })());
    files.push({ table: pair.type, file, from: pair.from.label, to: pair.to.label, columns });
  }
  return { files, nodes, relationships };
}

/**
 * Loads `dump` into `store`, which must be migrated and empty (a store holding nodes is
 * refused: COPY would fail half-way on duplicate keys). Not one transaction: a failure
 * part-way leaves a partial graph, so load into a fresh store.
 */
export async function loadIntoKuzu(
  store: KuzuStore,
  dump: Pick<GraphDump, 'nodes' | 'relationships'>,
  options: { stagingDir?: string; onStep?: (step: string, ms: number) => void } = {},
): Promise<KuzuLoadReport> {
  const existing = await storedNodes(store);
  if (existing > 0) throw new Error(`The store already holds ${existing} nodes; load into an empty store.`);
  const dir = fs.mkdtempSync(path.join(options.stagingDir ?? os.tmpdir(), 'rizoma-copy-'));
  try {
    let t = performance.now();
    const staged = stageCsv(dir, dump);
    const stageMs = performance.now() - t;
    t = performance.now();
    for (const f of staged.files) {
      const started = performance.now();
      await store.copyFrom(f.table, f.file, { from: f.from, to: f.to, columns: f.columns });
      options.onStep?.(`COPY ${path.basename(f.file)}`, performance.now() - started);
    }
    const copyMs = performance.now() - t;
    // The search index is built in memory on the first search (lib/search/search-index.ts): nothing to build here.
    return { nodes: staged.nodes, relationships: staged.relationships, stageMs, copyMs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
