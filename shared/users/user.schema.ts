import { z } from 'zod';

/** The roles a Caseline user may hold; a user may hold several. */
export const RoleSchema = z.enum([
  'relationship_manager',
  'service_agent',
  'manager',
  'auditor',
  'admin',
]);
export type Role = z.infer<typeof RoleSchema>;

/** A person who signs in to Caseline. */
export const UserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  roles: z.array(RoleSchema),
});
export type User = z.infer<typeof UserSchema>;

/** A user as administrators manage them: with the team that decides their queues and clients. */
export const ManagedUserSchema = UserSchema.extend({ team: z.string().nullable() });
export type ManagedUser = z.infer<typeof ManagedUserSchema>;

export const ManagedUserListSchema = z.object({ items: z.array(ManagedUserSchema) });

/** `PATCH /api/users/:id` body: the team an administrator assigns. */
export const AssignTeamInputSchema = z
  .object({ team: z.string().trim().min(1).max(100).nullable() })
  .strict();
