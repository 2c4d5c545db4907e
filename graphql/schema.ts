import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers';

const SCHEMA_DIR = path.join(process.cwd(), 'graphql', 'schema');

/** The SDL, one file per area, in a stable order. */
export function readTypeDefs(): string[] {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}

// Module-level, not on globalThis: a schema must be used with the graphql copy that built it.
let schema: GraphQLSchema | undefined;

/** The executable schema, built once per module instance, for HTTP and in-process callers. */
export function getSchema(): GraphQLSchema {
  schema ??= makeExecutableSchema({ typeDefs: readTypeDefs(), resolvers, inheritResolversFromInterfaces: true });
  return schema;
}
