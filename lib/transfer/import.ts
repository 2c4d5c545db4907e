import type { GraphStore, QueryRunner } from '../graph/store';
import {
  countNodes,
  importNodeBatch,
  importNodeRow,
  importRelationshipBatch,
  importRelationshipRow,
  TRANSFER_NODES,
  TRANSFER_RELATIONSHIPS,
} from '../graph/transfer-queries';
import type { CypherQuery } from '../graph/query';
import type { ParamValue } from '../graph/types';
import { dumpSchema, type GraphDump } from './format';

export class TransferError extends Error {
  constructor(
    readonly code: 'INVALID_DUMP' | 'NOT_EMPTY',
    message: string,
  ) {
    super(message);
    this.name = 'TransferError';
  }
}

/** Parses and validates a dump (from JSON text or an object) against the current schema. */
export function parseDump(input: unknown): GraphDump {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new TransferError('INVALID_DUMP', `The file is not JSON: ${(error as Error).message}`);
    }
  }
  const result = dumpSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || '(top level)';
    throw new TransferError('INVALID_DUMP', `The file is not a Rizoma graph export: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data as GraphDump;
}

export interface ImportReport {
  nodes: number;
  relationships: number;
}

const BATCH = 500;

async function insert(
  tx: QueryRunner,
  engine: GraphStore['engine'],
  row: CypherQuery,
  batch: CypherQuery,
  rows: Record<string, ParamValue>[],
): Promise<void> {
  if (engine === 'kuzu') {
    // Kùzu types UNWIND rows by their first row, so each row is its own statement.
    for (const r of rows) await tx.run(row, r);
    return;
  }
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(batch, { rows: rows.slice(i, i + BATCH) });
}

/**
 * Loads a dump into an empty, migrated store in one write unit of work: everything or
 * nothing. A store that already holds nodes is refused, so nothing is ever duplicated.
 */
export async function importGraph(store: GraphStore, dump: GraphDump): Promise<ImportReport> {
  const existing = await store.read(async (tx) => {
    let n = 0;
    for (const schema of TRANSFER_NODES) n += (await tx.run(countNodes[schema.label]!))[0]?.n ?? 0;
    return n;
  });
  if (existing > 0) {
    throw new TransferError('NOT_EMPTY', `The target store already holds ${existing} nodes; import into an empty store.`);
  }
  let nodes = 0;
  let relationships = 0;
  await store.write(async (tx) => {
    for (const schema of TRANSFER_NODES) {
      const rows = dump.nodes[schema.label] ?? [];
      await insert(tx, store.engine, importNodeRow[schema.label]!, importNodeBatch[schema.label]!, rows);
      nodes += rows.length;
    }
    for (const pair of TRANSFER_RELATIONSHIPS) {
      const rows = (dump.relationships[pair.key] ?? []).map((r) => ({ source: r.source, target: r.target, ...r.properties }));
      await insert(tx, store.engine, importRelationshipRow[pair.key]!, importRelationshipBatch[pair.key]!, rows);
      relationships += rows.length;
    }
  });
  return { nodes, relationships };
}
