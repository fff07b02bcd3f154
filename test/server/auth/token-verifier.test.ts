import {
  base64url,
  createLocalJWKSet,
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from 'jose';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, type TokenVerifier } from '../../../server/auth/token-verifier';
import type { Database } from '../../../server/db/database';
import { migrateToLatest } from '../../../server/db/migrate';
import { openSqlite } from '../../../server/db/sqlite';
import { knownRoles, resolveUser } from '../../../server/users/user.service';

const settings = {
  issuer: 'https://issuer.example/v2.0',
  audience: 'api://caseline-test',
  tenantId: 'tenant-allowed',
  scope: 'access_as_user',
} as const;

const kid = 'test-key-1';

let privateKey: CryptoKey;
let publicKey: CryptoKey;
let publicJwk: JWK;
let verify: TokenVerifier;

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function goodClaims(): JWTPayload {
  return {
    oid: 'user-object-1',
    tid: settings.tenantId,
    scp: `openid ${settings.scope}`,
    name: 'Ada Example',
    preferred_username: 'ada@bank.example',
    roles: ['service_agent'],
  };
}

/** Signs claims with the trusted key unless told otherwise; `iat`/`exp` default to a live token. */
async function sign(
  claims: JWTPayload = goodClaims(),
  options: {
    key?: CryptoKey;
    kid?: string;
    issuer?: string;
    audience?: string;
    exp?: number;
    nbf?: number;
  } = {},
): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? kid, typ: 'JWT' })
    .setIssuer(options.issuer ?? settings.issuer)
    .setAudience(options.audience ?? settings.audience)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? nowSeconds() + 600);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(options.key ?? privateKey);
}

function encodeJson(value: unknown): string {
  return base64url.encode(JSON.stringify(value));
}

async function expectUnauthenticated(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code: 'unauthenticated' });
}

beforeAll(async () => {
  ({ privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true }));
  publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  verify = createTokenVerifier({
    keys: createLocalJWKSet({ keys: [publicJwk] }),
    issuer: settings.issuer,
    audience: settings.audience,
    allowedTenants: [settings.tenantId, 'tenant-other-allowed'],
    requiredScope: settings.scope,
  });
});

describe('createTokenVerifier', () => {
  it('accepts a valid RS256 token and yields the object id, tenant id, name, email and roles', async () => {
    const identity = await verify(await sign());
    expect(identity).toEqual({
      objectId: 'user-object-1',
      tenantId: settings.tenantId,
      name: 'Ada Example',
      email: 'ada@bank.example',
      roles: ['service_agent'],
    });
  });

  it('accepts a token from any of the allowed tenants', async () => {
    const identity = await verify(await sign({ ...goodClaims(), tid: 'tenant-other-allowed' }));
    expect(identity.tenantId).toBe('tenant-other-allowed');
  });

  it('accepts a token whose nbf is in the future but within the clock skew', async () => {
    await expect(
      verify(await sign(goodClaims(), { nbf: nowSeconds() + 20 })),
    ).resolves.toMatchObject({
      objectId: 'user-object-1',
    });
  });

  it('yields no roles when the roles claim is missing and drops non-string role entries', async () => {
    // JSON leaves out undefined claims, so these tokens carry no such claim at all.
    expect((await verify(await sign({ ...goodClaims(), roles: undefined }))).roles).toEqual([]);
    const mixed = await verify(
      await sign({ ...goodClaims(), roles: ['manager', 42, { admin: true }] }),
    );
    expect(mixed.roles).toEqual(['manager']);
  });

  it('rejects an expired token', async () => {
    const token = await sign(goodClaims(), { exp: nowSeconds() - 3600 });
    await expectUnauthenticated(verify(token));
    await expect(verify(token)).rejects.toThrow(/expired/);
  });

  it('rejects a token that is not yet valid (nbf beyond the clock skew)', async () => {
    await expectUnauthenticated(verify(await sign(goodClaims(), { nbf: nowSeconds() + 3600 })));
  });

  it('rejects a token for another audience', async () => {
    await expectUnauthenticated(
      verify(await sign(goodClaims(), { audience: 'api://someone-else' })),
    );
  });

  it('rejects a token from another issuer', async () => {
    await expectUnauthenticated(
      verify(await sign(goodClaims(), { issuer: 'https://evil.example/v2.0' })),
    );
  });

  it('rejects a token from a tenant that is not allowed', async () => {
    await expectUnauthenticated(verify(await sign({ ...goodClaims(), tid: 'tenant-stranger' })));
  });

  it('rejects a token with no tenant id', async () => {
    await expectUnauthenticated(verify(await sign({ ...goodClaims(), tid: undefined })));
  });

  it('rejects a token that does not name a user (no oid)', async () => {
    await expectUnauthenticated(verify(await sign({ ...goodClaims(), oid: undefined })));
  });

  it('rejects a token without the API scope', async () => {
    await expectUnauthenticated(verify(await sign({ ...goodClaims(), scp: undefined })));
    await expectUnauthenticated(verify(await sign({ ...goodClaims(), scp: 'openid profile' })));
    // A scope that merely contains the required one as a substring is not the scope.
    await expectUnauthenticated(
      verify(await sign({ ...goodClaims(), scp: `${settings.scope}_extra` })),
    );
  });

  it('rejects an unsigned token (alg: none)', async () => {
    const now = nowSeconds();
    const payload = {
      ...goodClaims(),
      iss: settings.issuer,
      aud: settings.audience,
      iat: now,
      exp: now + 600,
    };
    await expectUnauthenticated(verify(`${encodeJson({ alg: 'none' })}.${encodeJson(payload)}.`));
    await expectUnauthenticated(
      verify(`${encodeJson({ alg: 'none', typ: 'JWT', kid })}.${encodeJson(payload)}.`),
    );
  });

  it('rejects an HS256 token signed with the public key as the HMAC secret (algorithm confusion)', async () => {
    const pem = await exportSPKI(publicKey);
    const secrets = [
      new TextEncoder().encode(pem),
      new TextEncoder().encode(JSON.stringify(publicJwk)),
    ];
    for (const secret of secrets) {
      const token = await new SignJWT(goodClaims())
        .setProtectedHeader({ alg: 'HS256', kid, typ: 'JWT' })
        .setIssuer(settings.issuer)
        .setAudience(settings.audience)
        .setIssuedAt()
        .setExpirationTime(nowSeconds() + 600)
        .sign(secret);
      await expectUnauthenticated(verify(token));
    }
  });

  it('rejects a token whose payload was changed after signing', async () => {
    const token = await sign();
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(
      new TextDecoder().decode(base64url.decode(payload ?? '')),
    ) as JWTPayload;
    const forged = `${header}.${encodeJson({ ...claims, oid: 'someone-else', roles: ['admin'] })}.${signature}`;
    await expectUnauthenticated(verify(forged));
  });

  it('rejects a token signed by a key the key set does not hold', async () => {
    const other = await generateKeyPair('RS256');
    // An unknown kid finds no key at all.
    await expectUnauthenticated(
      verify(await sign(goodClaims(), { key: other.privateKey, kid: 'unknown-kid' })),
    );
    // A known kid with the wrong key fails the signature check.
    await expectUnauthenticated(verify(await sign(goodClaims(), { key: other.privateKey })));
  });

  it.each([
    ['an empty string', ''],
    ['a word', 'garbage'],
    ['two segments', 'abc.def'],
    ['three junk segments', 'not.a.jwt'],
    ['four segments', 'a.b.c.d'],
    ['a header that is not JSON', `${base64url.encode('nope')}.${encodeJson({})}.sig`],
  ])('rejects a malformed token: %s', async (_label, token) => {
    await expectUnauthenticated(verify(token));
  });
});

describe('role claims', () => {
  let db: Kysely<Database>;

  beforeAll(async () => {
    db = openSqlite(':memory:');
    await migrateToLatest(db);
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('knownRoles keeps only role names Caseline knows', () => {
    expect(knownRoles(['manager', 'superuser', 'Admin', 'auditor', ''])).toEqual([
      'manager',
      'auditor',
    ]);
  });

  it('resolveUser drops unknown role names from a verified token', async () => {
    const identity = await verify(
      await sign({ ...goodClaims(), roles: ['service_agent', 'god_mode', 'root'] }),
    );
    expect(identity.roles).toEqual(['service_agent', 'god_mode', 'root']);
    const user = await resolveUser(db, identity);
    expect(user.roles).toEqual(['service_agent']);
    expect(user.tenantId).toBe(settings.tenantId);
  });

  it('resolveUser creates the user once and takes roles from each new token', async () => {
    const first = await resolveUser(db, {
      objectId: 'user-object-2',
      tenantId: settings.tenantId,
      name: 'Bo',
      email: 'bo@bank.example',
      roles: ['manager', 'bogus'],
    });
    const again = await resolveUser(db, {
      objectId: 'user-object-2',
      tenantId: settings.tenantId,
      name: 'Bo',
      email: 'bo@bank.example',
      roles: ['auditor'],
    });
    expect(again.id).toBe(first.id);
    expect(first.roles).toEqual(['manager']);
    expect(again.roles).toEqual(['auditor']);
    const rows = await db
      .selectFrom('users')
      .select('id')
      .where('object_id', '=', 'user-object-2')
      .execute();
    expect(rows).toHaveLength(1);
  });
});
