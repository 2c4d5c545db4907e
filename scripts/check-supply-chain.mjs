#!/usr/bin/env node
/**
 * Supply-chain and configuration checks (../shared/RELIABILITY.md tests 26, 69 and 71),
 * run by CI before the test suite:
 *
 * 1. `graphql` resolves to exactly one copy, a 16.x (two copies break instanceof checks
 *    between Apollo, the schema and the validation rules).
 * 2. `npm ls --all` reports no invalid or missing dependency (optional ones may be absent),
 *    and every production package's `engines.node` accepts this Node (a dev-only mismatch
 *    is printed as a warning).
 * 3. Version floors: @apollo/server ≥ 5.5.0, next-auth ≥ 4.24.15, next ≥ 16.0.7.
 * 4. `npm audit --omit=dev --audit-level=high` finds nothing. When the advisory service
 *    cannot be reached the check fails, saying so (SUPPLY_CHAIN_AUDIT=optional turns
 *    that case, and only that case, into a warning).
 * 5. next.config keeps `kuzu` in serverExternalPackages, and a build in .next (if any)
 *    holds no copy of kuzujs.node and bundles no copy of its loader.
 *
 * `--offline` skips the audit: `npm test` runs the rest (tests/security/supply-chain.test.ts).
 * Prints one line per check and exits 1 when any fails.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import semver from 'semver';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const VERSION_FLOORS = { '@apollo/server': '5.5.0', 'next-auth': '4.24.15', next: '16.0.7' };

/** Runs npm and resolves with its exit code and output (npm ls exits 1 on problems; that is data here). */
function npm(args) {
  return new Promise((resolve) => {
    execFile('npm', args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Every version of `name` in an `npm ls --json` tree. */
export function versionsIn(tree, name) {
  const found = new Set();
  const walk = (node) => {
    for (const [dep, child] of Object.entries(node.dependencies ?? {})) {
      if (dep === name && child.version) found.add(child.version);
      walk(child);
    }
  };
  walk(tree);
  return [...found];
}

/** The installed version of a package, from its own package.json. */
export function installedVersion(name, root = ROOT) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** Packages below their floor, as "name version < floor". */
export function floorProblems(root = ROOT) {
  return Object.entries(VERSION_FLOORS)
    .map(([name, floor]) => ({ name, floor, version: installedVersion(name, root) }))
    .filter(({ version, floor }) => !semver.gte(version, floor))
    .map(({ name, version, floor }) => `${name} ${version} < ${floor}`);
}

/** What is wrong with next.config's serverExternalPackages (null when kuzu is in it). */
export async function nextConfigProblem(root = ROOT) {
  const { default: config } = await import(pathToFileURL(path.join(root, 'next.config.mjs')).href);
  const externals = config.serverExternalPackages ?? [];
  return externals.includes('kuzu') ? null : `next.config.mjs serverExternalPackages (${JSON.stringify(externals)}) lacks 'kuzu'`;
}

/** Copies of the native addon in a build, and server chunks that bundled its loader. */
export function buildProblems(root = ROOT) {
  const dist = path.join(root, '.next');
  if (!fs.existsSync(path.join(dist, 'BUILD_ID'))) return { built: false, problems: [] };
  const problems = [];
  const addons = [];
  const bundledLoaders = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'cache') walk(full);
      } else if (entry.name === 'kuzujs.node') {
        addons.push(path.relative(root, full));
      } else if (full.includes(`${path.sep}server${path.sep}`) && entry.name.endsWith('.js') && fs.readFileSync(full, 'utf8').includes('kuzujs.node')) {
        bundledLoaders.push(path.relative(root, full));
      }
    }
  };
  walk(dist);
  // Externalised, the addon stays in node_modules: any copy in .next means it was bundled.
  if (addons.length > 0) problems.push(`the build holds ${addons.length} cop${addons.length === 1 ? 'y' : 'ies'} of kuzujs.node: ${addons.join(', ')}`);
  if (bundledLoaders.length > 0) problems.push(`server chunks bundle Kùzu's native loader: ${bundledLoaders.slice(0, 3).join(', ')}`);
  return { built: true, problems };
}

/** Production packages whose engines.node rejects this Node, and dev ones (warnings). */
async function engineProblems() {
  const prodTree = JSON.parse((await npm(['ls', '--all', '--omit=dev', '--json', '--long'])).stdout || '{}');
  const prodPaths = new Set();
  const walk = (node) => {
    for (const child of Object.values(node.dependencies ?? {})) {
      if (child.path) prodPaths.add(child.path);
      walk(child);
    }
  };
  walk(prodTree);
  const prod = [];
  const dev = [];
  const visit = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.name.startsWith('@')) {
        visit(full);
        continue;
      }
      const manifest = path.join(full, 'package.json');
      if (fs.existsSync(manifest)) {
        const { name, version, engines } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
        const range = engines?.node;
        if (range && semver.validRange(range) && !semver.satisfies(process.versions.node, range, { includePrerelease: true })) {
          (prodPaths.has(full) ? prod : dev).push(`${name}@${version} wants node ${range}`);
        }
      }
      visit(path.join(full, 'node_modules'));
    }
  };
  visit(path.join(ROOT, 'node_modules'));
  return { prod, dev };
}

async function main() {
  // --offline: everything but the audit (the test suite runs this without the network).
  const offline = process.argv.includes('--offline');
  const results = [];
  const check = (name, problems, warnings = []) => {
    results.push(problems.length === 0);
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}${problems.length ? `: ${problems.join('; ')}` : ''}`);
    for (const w of warnings) console.log(`     warning: ${w}`);
  };

  const graphqlTree = JSON.parse((await npm(['ls', 'graphql', '--all', '--json'])).stdout || '{}');
  const graphqlVersions = versionsIn(graphqlTree, 'graphql');
  check(
    `#69 one graphql, 16.x (${graphqlVersions.join(', ') || 'none'})`,
    graphqlVersions.length === 1 && semver.major(graphqlVersions[0]) === 16 ? [] : [`found ${JSON.stringify(graphqlVersions)}`],
  );

  const ls = await npm(['ls', '--all']);
  const lsProblems = ls.stderr
    .split('\n')
    .filter((line) => /npm (error|ERR!)/.test(line) && /invalid|missing|ELSPROBLEMS/i.test(line))
    .concat(ls.stdout.split('\n').filter((line) => / invalid:|UNMET DEPENDENCY|extraneous/.test(line) && !/UNMET OPTIONAL/.test(line)));
  check('#69 npm ls --all: no invalid or missing packages', ls.code === 0 ? [] : lsProblems.length ? lsProblems : [`npm ls exited ${ls.code}`]);

  const engines = await engineProblems();
  check(`#69 engines accept node ${process.versions.node} (production packages)`, [...new Set(engines.prod)], [...new Set(engines.dev)].map((d) => `dev only: ${d}`));

  check(`#26 version floors (${Object.entries(VERSION_FLOORS).map(([n, v]) => `${n} ≥ ${v}`).join(', ')})`, floorProblems());

  const audit = offline ? undefined : await npm(['audit', '--omit=dev', '--audit-level=high', '--json']);
  let report;
  try {
    report = audit && JSON.parse(audit.stdout);
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!audit) {
    console.log('skip #26 npm audit (--offline)');
  } else if (!counts) {
    const reason = (audit.stderr.match(/npm (?:warn|error).*$/m)?.[0] ?? `exit ${audit.code}`).trim();
    const message = `npm audit could not reach the advisory service (${reason}), so 0 high findings is not confirmed`;
    if (process.env.SUPPLY_CHAIN_AUDIT === 'optional') check('#26 npm audit --omit=dev --audit-level=high', [], [message]);
    else check('#26 npm audit --omit=dev --audit-level=high', [message]);
  } else {
    const serious = (counts.high ?? 0) + (counts.critical ?? 0);
    check(`#26 npm audit --omit=dev: ${serious} high or critical`, serious === 0 ? [] : [`${counts.high} high, ${counts.critical} critical (run npm audit --omit=dev)`]);
  }

  const configProblem = await nextConfigProblem();
  check("#71 next.config serverExternalPackages includes 'kuzu'", configProblem ? [configProblem] : []);
  const build = buildProblems();
  check(`#71 build keeps kuzujs.node out of the bundle${build.built ? '' : ' (no build in .next: skipped)'}`, build.problems);

  process.exit(results.every(Boolean) ? 0 : 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
