import type { GraphStore } from '../graph/store';
import { importGraph, type ImportReport } from '../transfer/import';
import type { GraphDump } from '../transfer/format';

/**
 * Loads a community into an empty Neo4j store through the transfer import, which sends
 * UNWIND batches that Neo4j plans through its indexes. (It also works on Kùzu, but one
 * row per statement: use load-kuzu.ts there.)
 */
export async function loadIntoNeo4j(store: GraphStore, dump: GraphDump): Promise<ImportReport> {
  return importGraph(store, dump);
}
