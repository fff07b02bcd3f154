import { createRemoteJWKSet } from 'jose';
import { createTokenVerifier, type TokenVerifier } from './token-verifier';

export type EntraSettings = {
  tenantId: string;
  /** The API app registration's client ID: the `aud` of its access tokens. */
  clientId: string;
  allowedTenants: string[];
  scope: string;
};

/** Reads the Entra ID settings AUTH_MODE=entra needs, naming any that are missing. */
export function loadEntraSettings(env: NodeJS.ProcessEnv): EntraSettings {
  const tenantId = env.ENTRA_TENANT_ID;
  const clientId = env.ENTRA_CLIENT_ID;
  const missing = [!tenantId && 'ENTRA_TENANT_ID', !clientId && 'ENTRA_CLIENT_ID'].filter(Boolean);
  if (!tenantId || !clientId) {
    throw new Error(`AUTH_MODE=entra needs ${missing.join(' and ')} to be set`);
  }
  const allowed = (env.ENTRA_ALLOWED_TENANTS ?? tenantId)
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return {
    tenantId,
    clientId,
    allowedTenants: allowed,
    scope: env.ENTRA_API_SCOPE ?? 'access_as_user',
  };
}

const loginHost = 'https://login.microsoftonline.com';

/** The v2 issuer Entra ID writes into a tenant's access tokens. */
export function entraIssuer(tenantId: string): string {
  return `${loginHost}/${tenantId}/v2.0`;
}

/** Verifies Entra ID v2 access tokens against the published signing keys. */
export function createEntraVerifier(settings: EntraSettings): TokenVerifier {
  // One tenant reads its own key set; several share the common one, which signs for all.
  const keyTenant = settings.allowedTenants.length > 1 ? 'common' : settings.tenantId;
  const authority = `${loginHost}/${keyTenant}`;
  return createTokenVerifier({
    // jose caches the key set, refetches on an unknown kid, and waits out a cooldown between fetches.
    keys: createRemoteJWKSet(new URL(`${authority}/discovery/v2.0/keys`), {
      cooldownDuration: 30_000,
      cacheMaxAge: 12 * 60 * 60 * 1000,
    }),
    issuer: settings.allowedTenants.map(entraIssuer),
    audience: settings.clientId,
    allowedTenants: settings.allowedTenants,
    requiredScope: settings.scope,
  });
}
