import type { z } from 'zod';
import { invalidInput } from '../errors';

/**
 * Parses mutation input with a zod schema; the first problem becomes BAD_USER_INPUT naming
 * the field by its dotted path (`skills.2.level`), before anything is written.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
  throw invalidInput(field, issue ? `${field}: ${issue.message}` : 'Invalid input');
}
