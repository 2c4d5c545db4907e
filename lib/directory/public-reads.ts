import { declareCacheable } from '../graph/answer-cache';
import type { CypherQuery } from '../graph/query';
import * as matchingQueries from '../matching/queries';
import { endorsersOfPeople } from '../self-service/queries';
import * as collaboratorQueries from './collaborator-queries';
import * as listQueries from './list-queries';
import * as directoryQueries from './queries';

/**
 * The statements of the public directory and of the collaborator search: they read only
 * public (ACTIVE) entities, so their answers may be shared until the next data write
 * (lib/graph/answer-cache.ts; tests/unit/public-reads.test.ts checks each text filters
 * on the ACTIVE state).
 */
export const PUBLIC_READ_MODULES: readonly object[] = [directoryQueries, listQueries, collaboratorQueries, matchingQueries, { endorsersOfPeople }];

/** Statements of those modules that read beyond public entities, so a proposal may change their answers. */
const NOT_SHARED: ReadonlySet<string> = new Set([
  directoryQueries.anyEntity.name, // counts pending organizations too (is the store empty?)
  matchingQueries.projectsOfPerson.name, // a person's projects in any state
]);

/** Every CypherQuery exported by a module, also inside records (per-kind tables). */
export function queriesIn(module: object): CypherQuery[] {
  const found: CypherQuery[] = [];
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    if ('name' in value && 'kuzu' in value && 'neo4j' in value) found.push(value as CypherQuery);
    else Object.values(value).forEach(visit);
  };
  Object.values(module).forEach(visit);
  return found;
}

/** Declares the public reads cacheable (once per process is enough; repeating is harmless). */
export function declarePublicReads(): void {
  declareCacheable(sharedPublicReads());
}

/** The statements declared cacheable. */
export function sharedPublicReads(): CypherQuery[] {
  return PUBLIC_READ_MODULES.flatMap(queriesIn).filter((q) => !NOT_SHARED.has(q.name));
}
