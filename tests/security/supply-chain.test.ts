import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * ../shared/RELIABILITY.md tests 26, 69 and 71, offline: scripts/check-supply-chain.mjs
 * without its `npm audit` step (CI runs the full script, audit included, before the suite).
 */
const ROOT = path.resolve(__dirname, '..', '..');
let output = '';
let status: number | null = null;

beforeAll(() => {
  const run = spawnSync(process.execPath, ['scripts/check-supply-chain.mjs', '--offline'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  output = run.stdout + run.stderr;
  status = run.status;
}, 120_000);

/** The script's line for a check, which starts with "ok" or "FAIL". */
function line(prefix: string): string {
  return output.split('\n').find((l) => l.slice(5).startsWith(prefix)) ?? `missing: ${prefix}\n${output}`;
}

test('#69 graphql resolves to exactly one copy, and it is 16.x', () => {
  expect(line('#69 one graphql')).toMatch(/^ok {3}#69 one graphql, 16.x \(16\.\d+\.\d+\)$/);
});

test('#69 npm ls --all: 0 invalid or missing packages; production engines accept this Node', () => {
  expect(line('#69 npm ls --all')).toMatch(/^ok /);
  expect(line('#69 engines accept')).toMatch(/^ok /);
});

test('#26 version floors: @apollo/server ≥ 5.5.0, next-auth ≥ 4.24.15, next ≥ 16.0.7', () => {
  expect(line('#26 version floors')).toMatch(/^ok /);
});

test("#71 next.config serverExternalPackages includes 'kuzu'; a build holds no bundled copy of kuzujs.node", () => {
  expect(line("#71 next.config")).toMatch(/^ok /);
  expect(line('#71 build keeps')).toMatch(/^ok /);
  expect(status).toBe(0);
});
