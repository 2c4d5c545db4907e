import { asNode, asRelationship } from '../graph/fields';
import type { GraphStore } from '../graph/store';
import { exportNodes, exportRelationships, TRANSFER_NODES, TRANSFER_RELATIONSHIPS } from '../graph/transfer-queries';
import { DUMP_FORMAT, DUMP_VERSION, type GraphDump, type RelationshipRecord } from './format';
import { portableRecord } from './values';

/** Reads the whole graph, in one snapshot, into the portable dump format. */
export async function exportGraph(store: GraphStore, schemaVersion: number): Promise<GraphDump> {
  return store.read(async (tx) => {
    const nodes: GraphDump['nodes'] = {};
    for (const schema of TRANSFER_NODES) {
      const rows = await tx.run(exportNodes[schema.label]!);
      nodes[schema.label] = rows.map((row) => portableRecord(asNode(row.n).properties, schema.properties));
    }
    const relationships: GraphDump['relationships'] = {};
    for (const pair of TRANSFER_RELATIONSHIPS) {
      const rows = await tx.run(exportRelationships[pair.key]!);
      relationships[pair.key] = rows.map(
        (row): RelationshipRecord => ({
          source: row.source,
          target: row.target,
          properties: portableRecord(asRelationship(row.e).properties, pair.properties),
        }),
      );
    }
    return { format: DUMP_FORMAT, version: DUMP_VERSION, schemaVersion, exportedAt: new Date().toISOString(), nodes, relationships };
  });
}
