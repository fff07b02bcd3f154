import type { z } from 'zod';
import { ValidationError } from '../errors';

/** Turns a page's last sort key into an opaque cursor for `nextCursor`. */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Reads a cursor this server issued back into its sort key, or answers 400. */
export function decodeCursor<T extends z.ZodType>(cursor: string, shape: T): z.infer<T> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const parsed = shape.safeParse(value);
  if (!parsed.success) throw new ValidationError('The cursor is not one this server issued');
  return parsed.data;
}
