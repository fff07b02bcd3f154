import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { createTokenVerifier, type TokenVerifier } from './token-verifier';

/** Claims the local dev issuer uses; they stand in for an Entra tenant's. */
export const devIssuerSettings = {
  issuer: 'caseline-dev',
  audience: 'api://caseline-dev',
  tenantId: 'dev-tenant',
  scope: 'access_as_user',
} as const;

const keyFileName = 'dev-signing-key.json';

type StoredKey = { kid: string; privateJwk: JWK; publicJwk: JWK };

async function loadOrCreateKey(dataDir: string): Promise<StoredKey> {
  const file = join(dataDir, keyFileName);
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as StoredKey;
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  const stored: StoredKey = {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
  };
  writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
  return stored;
}

export type DevTokenClaims = { userId: string; name: string; email: string; roles: string[] };

/** The dev-mode token issuer: a key kept in DATA_DIR, and a verifier built on the shared path. */
export type DevIssuer = {
  verifier: TokenVerifier;
  mint: (claims: DevTokenClaims) => Promise<string>;
};

export async function createDevIssuer(dataDir: string): Promise<DevIssuer> {
  const key = await loadOrCreateKey(dataDir);
  const privateKey = await importJWK(key.privateJwk, 'RS256');
  const verifier = createTokenVerifier({
    keys: createLocalJWKSet({ keys: [key.publicJwk] }),
    issuer: devIssuerSettings.issuer,
    audience: devIssuerSettings.audience,
    allowedTenants: [devIssuerSettings.tenantId],
    requiredScope: devIssuerSettings.scope,
  });
  const mint = (claims: DevTokenClaims) =>
    new SignJWT({
      oid: claims.userId,
      tid: devIssuerSettings.tenantId,
      scp: devIssuerSettings.scope,
      name: claims.name,
      preferred_username: claims.email,
      roles: claims.roles,
    })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
      .setIssuer(devIssuerSettings.issuer)
      .setAudience(devIssuerSettings.audience)
      .setSubject(claims.userId)
      .setIssuedAt()
      .setExpirationTime('8h')
      .sign(privateKey);
  return { verifier, mint };
}
