import path from 'node:path';

/**
 * Settings read from the environment, in one place. The README's configuration table
 * lists every variable read here.
 */
export interface AppConfig {
  /** The embedded store's data folder (ignored when NEO4J_URI is set). */
  readonly dataDir: string;
  /** Load the demo community when the store is empty on start. */
  readonly seedOnStart: boolean;
  readonly neo4jUri: string | null;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

/** Reads the configuration from `env` (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.RIZOMA_DATA_DIR || './data'),
    seedOnStart: flag(env.RIZOMA_SEED_ON_START, true),
    neo4jUri: env.NEO4J_URI || null,
  };
}
