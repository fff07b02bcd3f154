/**
 * Sign-in configuration, fixed at build time. This is the one place that names it:
 *
 * | Environment variable | Constant in the bundle   | Meaning                                                         |
 * | -------------------- | ------------------------ | --------------------------------------------------------------- |
 * | `CASELINE_CLIENT_ID` | `__CASELINE_CLIENT_ID__` | The add-in's SPA app registration. Empty: a dev build.           |
 * | `CASELINE_TENANT`    | `__CASELINE_TENANT__`    | Tenant ID or domain, or `organizations` (the default).          |
 * | `CASELINE_API_SCOPE` | `__CASELINE_API_SCOPE__` | The API's scope, e.g. `api://<api-client-id>/access_as_user`.   |
 * | `CASELINE_API_URL`   | `__CASELINE_API_URL__`   | Where API calls go, if not to the origin that served the pane. |
 *
 * webpack.config.ts reads the environment with `authConfigFromEnv` (so a bad value fails the
 * build) and defines the constants; the bundle reads them back as `authConfig`. With no client
 * ID the pane in Outlook uses the dev-token path against a dev-mode server, as before.
 */
export type AuthConfig = {
  clientId: string;
  tenant: string;
  apiScope: string;
  apiUrl: string;
};

const defaultTenant = 'organizations';
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const domainName = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
// A resource-qualified scope: "api://<id>/access_as_user" or "https://<app-id-uri>/access_as_user".
const resourceScope = /^(api:\/\/|https:\/\/)[^\s]+\/[A-Za-z0-9._-]+$/;

function checkTenant(tenant: string): string {
  if (tenant === 'common' || tenant === 'consumers') {
    throw new Error(
      `CASELINE_TENANT=${tenant} would admit personal Microsoft accounts; use your tenant ID or "organizations"`,
    );
  }
  if (tenant !== defaultTenant && !guid.test(tenant) && !domainName.test(tenant)) {
    throw new Error(
      `CASELINE_TENANT must be a tenant ID, a domain or "organizations", got "${tenant}"`,
    );
  }
  return tenant;
}

function checkScope(scope: string): string {
  if (!scope) {
    throw new Error('CASELINE_CLIENT_ID is set, so CASELINE_API_SCOPE must be too');
  }
  // The pane sends its token only to the Caseline API: never a Graph scope, never an ID token.
  if (!resourceScope.test(scope) || /graph\.microsoft\.com/i.test(scope)) {
    throw new Error(
      `CASELINE_API_SCOPE must be the Caseline API's own scope, like api://<api-client-id>/access_as_user; got "${scope}"`,
    );
  }
  return scope;
}

/** Reads and checks the build environment; throws a one-line explanation of any bad value. */
export function authConfigFromEnv(env: Record<string, string | undefined>): AuthConfig {
  const clientId = env.CASELINE_CLIENT_ID?.trim() ?? '';
  const tenant = env.CASELINE_TENANT?.trim() || defaultTenant;
  const apiScope = env.CASELINE_API_SCOPE?.trim() ?? '';
  const apiUrl = env.CASELINE_API_URL?.trim() ?? '';
  if (!clientId) {
    if (apiScope || env.CASELINE_TENANT?.trim()) {
      throw new Error('CASELINE_TENANT and CASELINE_API_SCOPE need CASELINE_CLIENT_ID as well');
    }
    return { clientId: '', tenant, apiScope: '', apiUrl };
  }
  if (!guid.test(clientId)) {
    throw new Error(`CASELINE_CLIENT_ID must be an application (client) ID, got "${clientId}"`);
  }
  return { clientId, tenant: checkTenant(tenant), apiScope: checkScope(apiScope), apiUrl };
}

/** The configuration this bundle was built with; all empty outside a webpack build. */
export const authConfig: AuthConfig = {
  clientId: typeof __CASELINE_CLIENT_ID__ === 'string' ? __CASELINE_CLIENT_ID__ : '',
  tenant: typeof __CASELINE_TENANT__ === 'string' ? __CASELINE_TENANT__ : defaultTenant,
  apiScope: typeof __CASELINE_API_SCOPE__ === 'string' ? __CASELINE_API_SCOPE__ : '',
  apiUrl: typeof __CASELINE_API_URL__ === 'string' ? __CASELINE_API_URL__ : '',
};

/** True when the build names an app registration, so the pane signs in with Entra ID. */
export function usesEntraSignIn(config: AuthConfig): boolean {
  return config.clientId !== '';
}

/** The Entra ID authority tokens are requested from. */
export function authorityOf(config: AuthConfig): string {
  return `https://login.microsoftonline.com/${config.tenant}`;
}

/** The dialog page the pane falls back to where Outlook cannot broker tokens. */
export const authDialogPath = '/auth-dialog.html';
