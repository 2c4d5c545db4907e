import { isCacheable } from '@/lib/graph/answer-cache';
import { declarePublicReads, PUBLIC_READ_MODULES, queriesIn, sharedPublicReads } from '@/lib/directory/public-reads';

/**
 * The statements whose answers are shared until the next data write (lib/graph/answer-cache.ts)
 * must read only public entities: a member's proposal (pending nodes) does not empty the cache.
 */
const queries = sharedPublicReads();

test('the public read modules declare dozens of statements; the shared ones are cacheable once declared, the others never', () => {
  expect(queries.length).toBeGreaterThan(40);
  declarePublicReads();
  expect(queries.every(isCacheable)).toBe(true);
  const others = PUBLIC_READ_MODULES.flatMap(queriesIn).filter((q) => !queries.includes(q));
  expect(others.map((q) => q.name).sort()).toEqual(['directory.count.anyOrganization', 'matching.projectsOfPerson']);
  expect(others.some(isCacheable)).toBe(false);
});

test.each(queries.map((q) => [q.name, q] as const))('%s reads only, and only ACTIVE entities', (_name, query) => {
  for (const text of [query.kuzu, query.neo4j]) {
    expect(text).not.toMatch(/\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/);
    expect(text).toContain("'ACTIVE'");
  }
});
