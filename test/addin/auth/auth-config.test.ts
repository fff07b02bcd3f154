import { describe, expect, it } from 'vitest';
import {
  authConfig,
  authConfigFromEnv,
  authorityOf,
  usesEntraSignIn,
} from '../../../addin/auth/auth-config';

const clientId = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const apiScope = 'api://11111111-2222-3333-4444-555555555555/access_as_user';

describe('build-time sign-in configuration', () => {
  it('is a dev build when no client ID is given', () => {
    const config = authConfigFromEnv({});
    expect(usesEntraSignIn(config)).toBe(false);
    expect(config).toEqual({ clientId: '', tenant: 'organizations', apiScope: '', apiUrl: '' });
  });

  it('reads an Entra build, defaulting the tenant to organizations', () => {
    const config = authConfigFromEnv({
      CASELINE_CLIENT_ID: ` ${clientId} `,
      CASELINE_API_SCOPE: apiScope,
      CASELINE_API_URL: 'https://api.bank.example',
    });
    expect(config).toEqual({
      clientId,
      tenant: 'organizations',
      apiScope,
      apiUrl: 'https://api.bank.example',
    });
    expect(usesEntraSignIn(config)).toBe(true);
    expect(authorityOf(config)).toBe('https://login.microsoftonline.com/organizations');
  });

  it('accepts a tenant ID or domain', () => {
    const tenantId = '99999999-8888-7777-6666-555555555555';
    for (const tenant of [tenantId, 'bank.onmicrosoft.com']) {
      const config = authConfigFromEnv({
        CASELINE_CLIENT_ID: clientId,
        CASELINE_TENANT: tenant,
        CASELINE_API_SCOPE: apiScope,
      });
      expect(config.tenant).toBe(tenant);
    }
  });

  it.each([
    [{ CASELINE_CLIENT_ID: clientId }, /CASELINE_API_SCOPE/],
    [{ CASELINE_CLIENT_ID: 'caseline', CASELINE_API_SCOPE: apiScope }, /client\) ID/],
    [{ CASELINE_API_SCOPE: apiScope }, /need CASELINE_CLIENT_ID/],
    [
      { CASELINE_CLIENT_ID: clientId, CASELINE_API_SCOPE: apiScope, CASELINE_TENANT: 'common' },
      /personal Microsoft accounts/,
    ],
    [{ CASELINE_CLIENT_ID: clientId, CASELINE_API_SCOPE: 'User.Read' }, /API's own scope/],
    [
      {
        CASELINE_CLIENT_ID: clientId,
        CASELINE_API_SCOPE: 'https://graph.microsoft.com/Mail.Read',
      },
      /API's own scope/,
    ],
  ])('fails the build on a bad setting: %o', (env, message) => {
    expect(() => authConfigFromEnv(env)).toThrow(message);
  });

  it('is a dev build outside webpack, where the constants are not defined', () => {
    expect(usesEntraSignIn(authConfig)).toBe(false);
  });
});
