export type UserTable = {
  id: string;
  tenant_id: string;
  object_id: string;
  name: string;
  email: string;
  /** JSON array of role names. */
  roles: string;
  team: string | null;
  created_at: string;
};
