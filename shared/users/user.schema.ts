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
