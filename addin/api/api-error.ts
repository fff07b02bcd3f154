import type { ErrorCode } from '../../shared/errors';

/** Why a request failed, in the terms the pane needs to offer a way forward. */
export type ApiErrorKind = 'unreachable' | 'http' | 'bad_response';

/** Every failed API call rejects with one of these, never a raw axios error. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    readonly code?: ErrorCode,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Field-level problems a 400 carries, keyed by field path. */
export function fieldIssues(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return {};
  const issues =
    (error.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
  return Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
}
