import { z } from 'zod';

/** One field's value before and after a change. */
export const FieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** One line of a case's readable timeline, built from its audit trail. */
export const AuditEntrySchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  at: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }),
  requestId: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  summary: z.string(),
  changes: z.array(FieldChangeSchema),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditTimelineSchema = z.object({ items: z.array(AuditEntrySchema) });

/** The result of recomputing a stream's hash chain. */
export const AuditVerificationSchema = z.object({
  valid: z.boolean(),
  eventCount: z.number().int(),
  /** The first event whose stored hash or link does not match, when the chain is broken. */
  firstBroken: z
    .object({
      seq: z.number().int(),
      eventId: z.string(),
      problem: z.enum(['hash_mismatch', 'broken_link', 'gap']),
    })
    .nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;
