import { z } from 'zod';

/** Stable error codes the server answers with; the add-in narrows on these. */
export const ErrorCodeSchema = z.enum([
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'invalid_transition',
  'closure_blocked',
  'unknown_placeholder',
  'precondition_required',
  'precondition_failed',
  'idempotency_key_reused',
  'request_in_progress',
  'self_approval',
  'approver_role_required',
  'already_decided',
  'unsupported_media_type',
  'payload_too_large',
  'rate_limited',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** The body of every error response. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
