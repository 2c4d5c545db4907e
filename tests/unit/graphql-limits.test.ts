import { Kind, parse, validate, type DocumentNode } from 'graphql';
import * as generated from '@/graphql/generated/graphql';
import { LIMITS, limitRules } from '@/graphql/limits';
import { getSchema } from '@/graphql/schema';

/** Every operation the pages send stays inside the API's limits, with room to spare. */
const documents = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') && typeof entry[1] === 'object' && entry[1] !== null && (entry[1] as DocumentNode).kind === Kind.DOCUMENT,
);

test('the app has operations to check', () => {
  expect(documents.length).toBeGreaterThan(10);
});

test.each(documents)('%s passes the depth, alias and directive limits', (_name, doc) => {
  expect(validate(getSchema(), doc, limitRules())).toEqual([]);
});

test.each(documents)('%s is under the token cap', async (_name, doc) => {
  const { print } = await import('graphql');
  expect(() => parse(print(doc), { maxTokens: LIMITS.tokens })).not.toThrow();
});
