import { stringify } from 'csv-stringify/sync';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { appliedMigrations } from '../graph/migrations';
import { NODE } from '../graph/schema';
import type { GraphStore } from '../graph/store';
import { exportGraph } from '../transfer/export';
import type { GraphDump } from '../transfer/format';
import { protectCell } from './cells';
import { COLUMNS, type Kind } from './formats';
import { loadRecords, type EntityRecord } from './records';
import { formatCell } from './values';

/** Writes records as the CSV of their kind: the import format, every cell guarded against formulas. */
export function recordsToCsv(kind: Kind, records: readonly EntityRecord[]): string {
  const columns = COLUMNS[kind];
  const rows = records.map((record) =>
    columns.map((column) => protectCell(column.name === 'slug' ? record.slug : formatCell(record.values[column.name] ?? null))),
  );
  return stringify([columns.map((c) => c.name), ...rows], { record_delimiter: '\n', quoted_match: /^\s|\s$/ });
}

/** The header-only CSV of a kind: a template to fill in. */
export function templateCsv(kind: Kind): string {
  return stringify([COLUMNS[kind].map((c) => c.name)], { record_delimiter: '\n' });
}

/** Every entity of a kind as CSV, in slug order, in one read snapshot (staff only: contact fields included). */
export async function exportCsv(store: GraphStore, viewer: Viewer | null, kind: Kind): Promise<string> {
  authorize(viewer, 'network.export');
  const records = await store.read((tx) => loadRecords(tx, kind, 'all'));
  return recordsToCsv(kind, [...records].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)));
}

/**
 * Secrets a download must not carry: password hashes and the hashes of invitation
 * tokens. Everything else of the graph (people's contact fields included) goes to
 * staff, who may see it anyway. An account imported from such a file has no password
 * until its person resets it through an invitation.
 */
const SECRETS: Readonly<Record<string, readonly string[]>> = {
  [NODE.Account]: ['passwordHash'],
  [NODE.Invitation]: ['tokenHash'],
};

/** A dump with the secret properties set to null (still a valid dump for `importGraph`). */
export function withoutSecrets(dump: GraphDump): GraphDump {
  const nodes: GraphDump['nodes'] = {};
  for (const [label, rows] of Object.entries(dump.nodes)) {
    const secret = SECRETS[label] ?? [];
    nodes[label] = secret.length === 0 ? rows : rows.map((row) => ({ ...row, ...Object.fromEntries(secret.map((key) => [key, null])) }));
  }
  return { ...dump, nodes };
}

/** The whole graph as the portable JSON document of lib/transfer, without secrets. */
export async function exportJson(store: GraphStore, viewer: Viewer | null): Promise<GraphDump> {
  authorize(viewer, 'network.export');
  const applied = await store.query(appliedMigrations);
  const version = applied.reduce((max, row) => Math.max(max, row.version), 0);
  return withoutSecrets(await exportGraph(store, version));
}
