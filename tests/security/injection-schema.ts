/**
 * Builds one document per root field of the real schema, every argument a variable with
 * a plain value of its type: for sweeps over "every operation" (#23, #37, #39).
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { getSchema } from '@/graphql/schema';

/** A value of an input type, with `text` in every string. */
export function filler(type: GraphQLInputType, text: string, depth = 0): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [filler(t.ofType, text, depth + 1)];
  if (isEnumType(t)) return t.getValues()[0]?.name;
  if (isScalarType(t)) {
    if (t.name === 'Int' || t.name === 'Float') return 1;
    if (t.name === 'Boolean') return false;
    if (t.name === 'Date') return '2026-01-01';
    if (t.name === 'DateTime') return '2026-01-01T00:00:00.000Z';
    return text;
  }
  if (isInputObjectType(t) && depth < 4) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(t.getFields())) out[field.name] = filler(field.type, text, depth + 1);
    return out;
  }
  return null;
}

/** Whether an argument carries a string anywhere (String/ID, a list of them, or an input object holding one). */
export function carriesString(type: GraphQLInputType, depth = 0): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID';
  if (isInputObjectType(named) && depth < 4) return Object.values(named.getFields()).some((f) => carriesString(f.type, depth + 1));
  return false;
}

/** `__typename` under an object result, nothing under a scalar or enum. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
}

export interface RootDocument {
  field: string;
  query: string;
  args: readonly GraphQLArgument[];
  /** Variables with `text` in every string-carrying and every required argument. */
  variables(text: string): Record<string, unknown>;
}

/** One document per root field of `operation`, every argument passed as a variable. */
export function rootDocuments(operation: 'query' | 'mutation'): RootDocument[] {
  const root = operation === 'query' ? getSchema().getQueryType() : getSchema().getMutationType();
  if (!root) return [];
  return Object.values(root.getFields()).map((field) => {
    const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const head = field.args.length ? `${operation}(${vars})` : operation;
    return {
      field: field.name,
      query: `${head} { ${field.name}${field.args.length ? `(${call})` : ''} ${selection(field)} }`,
      args: field.args,
      variables(text: string) {
        const variables: Record<string, unknown> = {};
        for (const arg of field.args) {
          if (carriesString(arg.type) || isNonNullType(arg.type)) variables[arg.name] = filler(arg.type, text);
        }
        return variables;
      },
    };
  });
}
