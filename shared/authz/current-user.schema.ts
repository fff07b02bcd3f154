import { z } from 'zod';
import { ManagedUserSchema } from '../users/user.schema';
import { actions } from './permissions';

/** `GET /api/me`: the signed-in user and what their roles let them do, so the pane offers only that. */
export const CurrentUserSchema = ManagedUserSchema.extend({
  actions: z.array(z.enum(actions)),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;
