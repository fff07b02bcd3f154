import { z } from 'zod';
import { CaseSchema } from '../cases/case.schema';
import { ClientSchema } from './client.schema';

/** `GET /api/clients/:id/brief`: what a user needs to know about a client in two minutes. */
export const ClientBriefSchema = z.object({
  client: ClientSchema,
  openCases: z.array(CaseSchema),
});
export type ClientBrief = z.infer<typeof ClientBriefSchema>;
