import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
} from 'graphql';
import * as generated from '@/graphql/generated/graphql';
import { LIMITS, limitRules, operationCost } from '@/graphql/limits';
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

/** A value for every variable, with pages of `PAGE` items. */
const PAGE = 20;
function typicalVariables(doc: DocumentNode): Record<string, unknown> {
  const schema = getSchema();
  const valueFor = (name: string, type: GraphQLInputType): unknown => {
    const inner = getNullableType(type);
    if (isListType(inner)) return [valueFor(name, inner.ofType)];
    if (isEnumType(inner)) return inner.getValues()[0]?.name;
    if (isInputObjectType(inner)) {
      const out: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields())) if (isNonNullType(field.type)) out[field.name] = valueFor(field.name, field.type);
      return out;
    }
    if (inner.name === 'Int') return /first|limit/i.test(name) ? PAGE : 1;
    if (inner.name === 'Float') return 1;
    if (inner.name === 'Boolean') return true;
    if (inner.name === 'DateTime') return '2026-09-01T09:00:00.000Z';
    if (inner.name === 'Date') return '2026-09-01';
    return 'x';
  };
  const variables: Record<string, unknown> = {};
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of def.variableDefinitions ?? []) {
      const type = typeFromAST(schema, v.type) as GraphQLInputType | undefined;
      if (type) variables[v.variable.name.value] = valueFor(v.variable.name.value, type);
    }
  }
  return variables;
}

test.each(documents)('%s costs less than the limit with pages of 20', (_name, doc) => {
  expect(operationCost(getSchema(), doc, typicalVariables(doc))).toBeLessThanOrEqual(LIMITS.cost);
});
