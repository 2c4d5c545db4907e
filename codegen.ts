import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types of every GraphQL operation written in app/ are generated from the SDL, never
 * written by hand. `npm run codegen` writes them; `npm test` fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'graphql/schema/*.graphql',
  documents: ['app/**/*.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string', DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
