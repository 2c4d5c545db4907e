import { loadConfig } from '../config';
import { openKuzuStore } from './kuzu';
import { neo4jOptionsFromEnv, openNeo4jStore } from './neo4j';
import type { GraphStore } from './store';

/**
 * The process's GraphStore, chosen by the environment: Neo4j when NEO4J_URI is set,
 * otherwise the embedded Kùzu store in RIZOMA_DATA_DIR (default ./data). Both adapters
 * keep their one instance per process on globalThis, so this is cheap to call.
 */
export function openStore(env: NodeJS.ProcessEnv = process.env): GraphStore {
  const neo4j = neo4jOptionsFromEnv(env);
  if (neo4j) return openNeo4jStore(neo4j);
  return openKuzuStore({ dataDir: loadConfig(env).dataDir });
}
