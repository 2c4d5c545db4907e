/** One changed field of an audit entry: a dotted path and its values, shown as text. */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** Parses a stored before/after JSON text; anything that is not an object is kept under `value`. */
export function parseAuditJson(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: text };
  }
}

function flatten(value: Record<string, unknown> | null, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (!value) return out;
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, path, out);
    else out.set(path, v);
  }
  return out;
}

function show(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value);
}

/**
 * The fields that differ between an entry's before and after, nested objects as dotted
 * paths (`kept.aliases`), in the order they first appear; unchanged fields are left out.
 */
export function auditChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChange[] {
  const b = flatten(before);
  const a = flatten(after);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields
    .map((field) => ({ field, before: show(b.get(field)), after: show(a.get(field)) }))
    .filter((c) => c.before !== c.after);
}
