import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { entraIssuer, loadEntraSettings } from '../../../server/auth/entra';
import { createTokenVerifier } from '../../../server/auth/token-verifier';

const apiClientId = '11111111-2222-3333-4444-555555555555';
const home = 'aaaaaaaa-0000-0000-0000-000000000001';
const partner = 'bbbbbbbb-0000-0000-0000-000000000002';
const stranger = 'cccccccc-0000-0000-0000-000000000003';

describe('Entra ID settings', () => {
  it('names what AUTH_MODE=entra is missing', () => {
    expect(() => loadEntraSettings({})).toThrow(/ENTRA_TENANT_ID and ENTRA_CLIENT_ID/);
  });

  it('allows the home tenant by default, or the listed tenants', () => {
    expect(
      loadEntraSettings({ ENTRA_TENANT_ID: home, ENTRA_CLIENT_ID: apiClientId }).allowedTenants,
    ).toEqual([home]);
    const listed = loadEntraSettings({
      ENTRA_TENANT_ID: home,
      ENTRA_CLIENT_ID: apiClientId,
      ENTRA_ALLOWED_TENANTS: `${home}, ${partner}`,
    });
    expect(listed.allowedTenants).toEqual([home, partner]);
  });

  it('accepts a token from each allowed tenant, each with its own issuer, and no other', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    const verify = createTokenVerifier({
      keys: createLocalJWKSet({ keys: [jwk] }),
      issuer: [home, partner].map(entraIssuer),
      audience: apiClientId,
      allowedTenants: [home, partner],
      requiredScope: 'access_as_user',
    });
    const tokenFrom = (tenant: string) =>
      new SignJWT({ tid: tenant, oid: `user-in-${tenant}`, scp: 'access_as_user' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(entraIssuer(tenant))
        .setAudience(apiClientId)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
    await expect(verify(await tokenFrom(home))).resolves.toMatchObject({ tenantId: home });
    await expect(verify(await tokenFrom(partner))).resolves.toMatchObject({ tenantId: partner });
    await expect(verify(await tokenFrom(stranger))).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });
});
