import { z } from 'zod';

/** Path parameters of every `/:id` route. */
export const IdParamsSchema = z.object({ id: z.string().min(1).max(100) });
