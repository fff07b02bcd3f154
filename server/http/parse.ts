import type { z } from 'zod';
import { ValidationError } from '../errors';

/** Parses untrusted input with a shared schema, or throws a 400 naming each bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const summary = first ? `${first.path || 'body'}: ${first.message}` : 'Invalid input';
  throw new ValidationError(`Invalid request: ${summary}`, { issues });
}
