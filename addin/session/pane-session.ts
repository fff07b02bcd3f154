import { devTokenSource, fetchDevUsers } from '../api/dev-session';
import type { TokenSource } from '../api/http-client';
import { authConfig, usesEntraSignIn, type AuthConfig } from '../auth/auth-config';
import type { Host } from '../host/host';

export type PaneSession = {
  userName: string;
  /** The Caseline user id, when the session knows it (dev tokens do; Entra sign-in does not yet). */
  userId?: string;
  token: TokenSource;
};

async function devSession(host: Host, apiBase: string, search: URLSearchParams) {
  const users = await fetchDevUsers(apiBase);
  const wanted = host.kind === 'demo' ? search.get('user') : null;
  const email = host.user().email.toLowerCase();
  const user = users.find((u) => (wanted ? u.id === wanted : u.email.toLowerCase() === email));
  if (!user) {
    throw new Error(
      host.kind === 'demo'
        ? 'Pick a demo user in the workspace to continue.'
        : `No Caseline user is set up for ${email}. Ask your administrator to configure sign-in.`,
    );
  }
  return { userName: user.name, userId: user.id, token: devTokenSource(apiBase, user.id) };
}

/**
 * Decides who the pane acts for. In the demo workspace, the user picked in the workspace's
 * switcher (dev tokens). In Outlook, when the build names an app registration, the mailbox
 * owner signed in with Entra ID; otherwise, against a dev-mode server, the demo user with the
 * mailbox's address.
 */
export async function startSession(
  host: Host,
  apiBase: string,
  search: URLSearchParams,
  config: AuthConfig = authConfig,
): Promise<PaneSession> {
  if (host.kind === 'outlook' && usesEntraSignIn(config)) {
    // Loaded only here, so MSAL never reaches the demo workspace or a dev build's first view.
    const { createOutlookTokenSource } = await import('../auth/outlook-token-source');
    return { userName: host.user().name, token: await createOutlookTokenSource(host, config) };
  }
  return devSession(host, apiBase, search);
}
