import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorBody, ErrorCode } from '../../shared/errors';
import { DomainError } from '../errors';

const statusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  closure_blocked: 409,
  unknown_placeholder: 400,
  precondition_required: 428,
  precondition_failed: 412,
  idempotency_key_reused: 422,
  request_in_progress: 409,
  self_approval: 403,
  approver_role_required: 403,
  already_decided: 409,
  unsupported_media_type: 415,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

function body(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** The one place errors become HTTP answers; a 5xx never leaks its message. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | DomainError, request, reply) => {
    if (error instanceof DomainError) {
      return reply
        .status(statusByCode[error.code])
        .send(body(error.code, error.message, error.details));
    }
    const status = error.statusCode ?? 500;
    if (status === 415) {
      return reply
        .status(415)
        .send(body('unsupported_media_type', 'This content type is not accepted here'));
    }
    if (status === 413)
      return reply.status(413).send(body('payload_too_large', 'The request body is too large'));
    if (status === 429) return reply.status(429).send(body('rate_limited', error.message));
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: unparsable JSON, wrong content type and the like.
      return reply.status(status).send(body('validation_failed', error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Something went wrong on the server'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send(body('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`));
  });
}
