import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors';

/** Sets the ETag a client sends back in If-Match to update this version. */
export function setVersionTag(reply: FastifyReply, version: number): void {
  reply.header('ETag', `"${version}"`);
}

/**
 * The version the client last saw, from If-Match. Updates without it are refused
 * with 428, so no client can overwrite a change it never saw.
 */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (!header) {
    throw new DomainError(
      'precondition_required',
      'Send If-Match with the ETag of the version you are changing',
    );
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!match?.[1])
    throw new DomainError(
      'precondition_required',
      'If-Match must be an ETag this server issued, such as "3"',
    );
  return Number(match[1]);
}

/** The answer when someone else changed the record first. */
export function staleVersion(what: string, currentVersion: number): DomainError {
  return new DomainError(
    'precondition_failed',
    `This ${what} was changed by someone else since you loaded it. Reload it and apply your change again.`,
    { currentVersion },
  );
}
