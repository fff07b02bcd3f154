import { evidenceContentTypes } from '../../shared/evidence/evidence.schema';
import { DomainError, ValidationError } from '../errors';

/** A file type evidence does not take, or content that is not what its type claims (415). */
export class UnsupportedEvidenceTypeError extends DomainError {
  constructor(message: string) {
    super('unsupported_media_type', message, { allowed: evidenceContentTypes });
  }

  /** For a Content-Type outside the allowlist, or none at all. */
  static forType(received: string | undefined): UnsupportedEvidenceTypeError {
    const what = received ? `"${received}"` : 'sent without a Content-Type';
    return new UnsupportedEvidenceTypeError(
      `Evidence files cannot be ${what}; send one of: ${evidenceContentTypes.join(', ')}`,
    );
  }
}

export class EmptyEvidenceFileError extends ValidationError {
  constructor() {
    super('The file is empty', {
      issues: [{ path: 'body', message: 'Send the file content as the request body' }],
    });
  }
}
