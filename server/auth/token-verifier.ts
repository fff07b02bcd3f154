import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '../errors';

/** Who a verified access token says the caller is. */
export type VerifiedIdentity = {
  objectId: string;
  tenantId: string;
  name: string;
  email: string;
  roles: string[];
};

export type TokenVerifierOptions = {
  /** Resolves the signing key for a token header: a remote JWKS for Entra, a local one in dev. */
  keys: JWTVerifyGetKey;
  /** The accepted issuers: one per allowed tenant for Entra ID. */
  issuer: string | string[];
  audience: string;
  allowedTenants: readonly string[];
  requiredScope: string;
  clockToleranceSeconds?: number;
};

export type TokenVerifier = (token: string) => Promise<VerifiedIdentity>;

function stringClaim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' ? value : undefined;
}

function explain(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The access token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `The access token's ${error.claim} claim is not accepted`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed)
    return 'The access token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'The access token was signed by an unknown key';
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return 'The access token signature is invalid';
  return 'The access token is malformed or invalid';
}

/**
 * Builds the one verifier every token goes through, Entra ID's and the dev issuer's alike:
 * RS256 only, issuer, audience, tenant, lifetime and scope all checked.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        algorithms: ['RS256'],
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: options.clockToleranceSeconds ?? 60,
        requiredClaims: ['exp', 'iat'],
      }));
    } catch (error) {
      throw new UnauthenticatedError(explain(error));
    }
    const tenantId = stringClaim(payload, 'tid');
    const objectId = stringClaim(payload, 'oid');
    if (!tenantId || !options.allowedTenants.includes(tenantId)) {
      throw new UnauthenticatedError('The access token comes from a tenant that is not allowed');
    }
    if (!objectId) throw new UnauthenticatedError('The access token does not name a user');
    const scopes = (stringClaim(payload, 'scp') ?? '').split(' ');
    if (!scopes.includes(options.requiredScope)) {
      throw new UnauthenticatedError('The access token lacks the Caseline API scope');
    }
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((r) => typeof r === 'string')
      : [];
    return {
      objectId,
      tenantId,
      name: stringClaim(payload, 'name') ?? '',
      email: stringClaim(payload, 'preferred_username') ?? '',
      roles,
    };
  };
}
