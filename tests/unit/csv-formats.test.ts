import { COLUMNS, isRelationshipColumn, KIND_LABEL, KINDS } from '@/lib/csv/formats';
import { nodeSchema } from '@/lib/graph/schema';

/** The CSV formats name real properties: a column the schema lacks would be written nowhere. */
describe('CSV formats', () => {
  test.each(KINDS)('%s: every field column is a property of the node, with a matching type', (kind) => {
    const properties = nodeSchema(KIND_LABEL[kind]).properties;
    for (const column of COLUMNS[kind]) {
      if (isRelationshipColumn(column)) continue;
      const type = properties[column.name];
      expect({ column: column.name, type }).toEqual({ column: column.name, type: expect.any(String) });
      const expected =
        column.spec.type === 'int' ? 'INT64' : column.spec.type === 'float' ? 'DOUBLE' : column.spec.type === 'bool' ? 'BOOLEAN' : column.spec.type === 'date' ? 'DATE' : column.spec.type === 'textList' ? 'STRING[]' : 'STRING';
      expect({ column: column.name, type }).toEqual({ column: column.name, type: expected });
    }
  });

  test.each(KINDS)('%s: starts with slug and name, ends with state, every example is given', (kind) => {
    const names = COLUMNS[kind].map((c) => c.name);
    expect(names.slice(0, 2)).toEqual(['slug', 'name']);
    expect(names.at(-1)).toBe('state');
    expect(new Set(names).size).toBe(names.length);
    for (const column of COLUMNS[kind]) expect(column.example.length).toBeGreaterThan(0);
  });
});
