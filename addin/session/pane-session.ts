import { devTokenSource, fetchDevUsers } from '../api/dev-session';
import type { TokenSource } from '../api/http-client';
import type { Host } from '../host/host';

export type PaneSession = { userName: string; token: TokenSource };

/**
 * Decides who the pane acts for. In the demo workspace the user comes from the
 * workspace's switcher; in Outlook against a dev-mode server, the demo user with
 * the mailbox's address. Entra ID sign-in replaces the latter.
 */
export async function startSession(
  host: Host,
  apiBase: string,
  search: URLSearchParams,
): Promise<PaneSession> {
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
  return { userName: user.name, token: devTokenSource(apiBase, user.id) };
}
