import { z } from 'zod';

/** Wraps an item schema in the `{ items, nextCursor? }` shape every list answers with. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().optional() });
}

/** Query parameters shared by every paged list. */
export const PageQuerySchema = z.object({
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
