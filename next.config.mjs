/** @type {import('next').NextConfig} */
const nextConfig = {
  // Kùzu is a native addon: bundling it breaks the .node binary's loading in every mode.
  // graphql is loaded from node_modules too, so every layer shares one copy (its
  // instanceof checks fail across copies); so is graphql-query-complexity, whose ESM build
  // would otherwise bring graphql's .mjs copy into the bundle and fail every cost check
  // with "Cannot use GraphQLObjectType from another module or realm".
  serverExternalPackages: ['kuzu', 'neo4j-driver', 'graphql', 'graphql-query-complexity'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
