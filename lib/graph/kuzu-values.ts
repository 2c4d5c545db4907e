import type { GraphNode, GraphPath, GraphRelationship, Row, Value } from './types';

type Raw = unknown;

/**
 * The addon creates Dates in Node's main realm; under a VM context (Jest) `instanceof Date`
 * fails for them, so recognise them by their tag and re-create them in this realm.
 */
function isDate(v: Raw): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function isRecord(v: Raw): v is Record<string, Raw> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isDate(v);
}

function properties(raw: Record<string, Raw>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [key, value] of Object.entries(raw)) {
    // _id, _label, _src, _dst are Kùzu's internal addresses, meaningless above the port.
    if (key.startsWith('_')) continue;
    out[key] = fromKuzu(value);
  }
  return out;
}

function node(raw: Record<string, Raw>): GraphNode {
  return { kind: 'node', label: String(raw._label), properties: properties(raw) };
}

function relationship(raw: Record<string, Raw>): GraphRelationship {
  return { kind: 'relationship', type: String(raw._label), properties: properties(raw) };
}

/** Converts one Kùzu value (node, rel, recursive rel, struct, list, bigint...) to a port value. */
export function fromKuzu(value: Raw): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDate(value)) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(fromKuzu);
  if (isRecord(value)) {
    if (Array.isArray(value._nodes) && Array.isArray(value._rels)) {
      const path: GraphPath = {
        kind: 'path',
        nodes: (value._nodes as Raw[]).filter(isRecord).map(node),
        relationships: (value._rels as Raw[]).filter(isRecord).map(relationship),
      };
      return path;
    }
    if ('_src' in value && '_dst' in value && '_label' in value) return relationship(value);
    if ('_label' in value && '_id' in value) return node(value);
    const out: Record<string, Value> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = fromKuzu(inner);
    return out;
  }
  return String(value);
}

export function rowFromKuzu(raw: Record<string, Raw>): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(raw)) row[key] = fromKuzu(value);
  return row;
}
