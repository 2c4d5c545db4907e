/**
 * Projects per test level (DESIGN.md section 6). Browser tests run separately
 * (scripts/e2e.mjs) because they need a built app.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    // First: the first matching pattern wins, and '@/…' would otherwise catch CSS modules.
    '\\.css$': '<rootDir>/tests/support/css-module.ts',
    '^@/(.*)$': '<rootDir>/$1',
    // Next resolves server-only through the react-server condition; tests run server code directly.
    '^server-only$': '<rootDir>/tests/support/empty-module.ts',
  },
  setupFiles: ['<rootDir>/tests/setup-env.ts'],
};

const config = {
  // Integration suites render pages and run a real database on two shared cores: a 5 s
  // default fails slow-but-correct tests under load. Speed is measured by benchmarks.
  testTimeout: 30_000,
  // Both cores: most suites wait on the store, child processes and timers more than they
  // compute (Jest's default in CI is one worker on a 2-core machine, which kept the
  // suites in series and the CI run over 20 minutes).
  maxWorkers: 2,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, displayName: 'contract', testMatch: ['<rootDir>/tests/contract/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'] },
    // The reliability checklist (../shared/RELIABILITY.md), numbered as there: docs/RELIABILITY.md maps each test.
    { ...common, displayName: 'security', testMatch: ['<rootDir>/tests/security/**/*.test.ts'] },
    { ...common, displayName: 'reliability', testMatch: ['<rootDir>/tests/reliability/**/*.test.ts'] },
  ],
};

export default config;
