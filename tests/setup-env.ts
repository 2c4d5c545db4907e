// Tests never touch the developer's ./data folder or a configured Neo4j by accident:
// each suite opens its own store in a temporary folder (tests/support/temp-store.ts).
process.env.RIZOMA_SEED_ON_START = 'false';
// A fixed session secret, so tests can mint session tokens the API accepts.
process.env.NEXTAUTH_SECRET ??= 'rizoma-test-secret-0123456789abcdef0123456789abcdef';
// Suites call the GraphQL route many times from one address; the limiter has its own tests
// (tests/security/graphql-api.test.ts #19), which set these explicitly.
process.env.RIZOMA_RATE_LIMIT_ANONYMOUS ??= '0';
process.env.RIZOMA_RATE_LIMIT_MEMBER ??= '0';
