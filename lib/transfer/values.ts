import type { PropertyType } from '../graph/schema';
import type { Value } from '../graph/types';
import type { PortableRecord, PortableValue } from './format';

/** Converts a stored property to its portable form, by its schema type. */
export function toPortable(value: Value | undefined, type: PropertyType): PortableValue {
  // Kùzu stores an empty list as null and Neo4j drops null properties: both read as [].
  if (type === 'STRING[]') return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return type === 'DATE' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new TypeError(`A ${type} property holds an unexpected value`);
}

/** Every schema property of a record in portable form, absent ones as null. */
export function portableRecord(
  properties: Readonly<Record<string, Value>>,
  schema: Readonly<Record<string, PropertyType>>,
): PortableRecord {
  const out: PortableRecord = {};
  for (const [name, type] of Object.entries(schema)) out[name] = toPortable(properties[name], type);
  return out;
}
