import { z } from 'zod';

/** Someone a case may be assigned to. */
export const AssigneeSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The team's readable name, when the user has a team. */
  teamLabel: z.string().nullable(),
});
export type Assignee = z.infer<typeof AssigneeSchema>;

/** `GET /api/cases/:id/assignees` answer: the people who work the case's queue or client, by name. */
export const AssigneeListSchema = z.object({ items: z.array(AssigneeSchema) });
export type AssigneeList = z.infer<typeof AssigneeListSchema>;
