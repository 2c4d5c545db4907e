/** @type {import('next').NextConfig} */
const nextConfig = {
  // Kùzu is a native addon: bundling it breaks the .node binary's loading in every mode.
  // graphql is loaded from node_modules too, so every layer shares one copy (its
  // instanceof checks fail across copies).
  serverExternalPackages: ['kuzu', 'neo4j-driver', 'graphql'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
