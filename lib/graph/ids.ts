import { createHash, randomUUID } from 'node:crypto';

/** A new random entity id (UUID v4). */
export function newId(): string {
  return randomUUID();
}

/**
 * A stable UUID (v5 layout, SHA-1 of a namespace and a name) for records that must get
 * the same id every time, such as the demo community's: seeding twice gives one graph.
 */
export function stableId(namespace: string, name: string): string {
  const bytes = createHash('sha1').update(`rizoma:${namespace}:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
