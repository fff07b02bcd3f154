import { BrowserAuthError, CacheLookupPolicy } from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { runDialogFlow } from '../../../addin/auth/dialog/dialog-flow';
import {
  dialogQuery,
  parseDialogMessage,
  readDialogQuery,
  type DialogMessage,
} from '../../../addin/auth/dialog/dialog-protocol';
import {
  apiScope,
  authResult,
  fakeDialogClient,
  interactionRequired,
  jwt,
  sam,
} from './msal-fakes';

const request = { apiScope, loginHint: 'sam.okafor@bank.example', forceRefresh: false };

async function run(client = fakeDialogClient(), overrides: Partial<typeof request> = {}) {
  const replies: DialogMessage[] = [];
  await runDialogFlow(client, { ...request, ...overrides }, (message) => replies.push(message));
  // Whatever the dialog sends, the pane must accept as well-formed.
  for (const message of replies)
    expect(parseDialogMessage(JSON.stringify(message))).toEqual(message);
  return { client, replies };
}

describe('the sign-in dialog page', () => {
  it('hands back the token from the redirect it has just returned from', async () => {
    const client = fakeDialogClient();
    client.handleRedirectPromise.mockResolvedValueOnce(authResult(jwt('redirected')));

    const { replies } = await run(client);

    expect(client.handleRedirectPromise).toHaveBeenCalledWith({ navigateToLoginRequestUrl: false });
    expect(replies).toEqual([
      expect.objectContaining({ status: 'signed_in', accessToken: jwt('redirected') }),
    ]);
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('answers silently for a known account, for the API scope only, without an iframe', async () => {
    const client = fakeDialogClient();
    client.getAccount.mockReturnValue(sam);

    const { replies } = await run(client, { forceRefresh: true });

    expect(client.acquireTokenSilent).toHaveBeenCalledWith(
      expect.objectContaining({
        scopes: [apiScope],
        account: sam,
        forceRefresh: true,
        cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
      }),
    );
    expect(replies).toEqual([expect.objectContaining({ accessToken: jwt('silent') })]);
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('sends the user to sign in only when interaction is required', async () => {
    const client = fakeDialogClient();
    client.getAccount.mockReturnValue(sam);
    client.acquireTokenSilent.mockRejectedValueOnce(interactionRequired());

    const { replies } = await run(client);

    expect(client.acquireTokenRedirect).toHaveBeenCalledWith({
      scopes: [apiScope],
      loginHint: 'sam.okafor@bank.example',
    });
    expect(replies).toEqual([]);
  });

  it('sends the user to sign in when it knows no account', async () => {
    const { client } = await run();
    expect(client.acquireTokenSilent).not.toHaveBeenCalled();
    expect(client.acquireTokenRedirect).toHaveBeenCalledTimes(1);
  });

  it('reports other failures to the pane instead of prompting', async () => {
    const client = fakeDialogClient();
    client.getAccount.mockReturnValue(sam);
    client.acquireTokenSilent.mockRejectedValueOnce(
      new BrowserAuthError('no_network_connectivity', 'correlation-1'),
    );

    const { replies } = await run(client);

    expect(replies).toEqual([
      expect.objectContaining({ status: 'failed', code: 'no_network_connectivity' }),
    ]);
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('round-trips what the pane asks for through the query string', () => {
    const query = dialogQuery({ loginHint: 'sam.okafor@bank.example', forceRefresh: true });
    expect(readDialogQuery(new URLSearchParams(query))).toEqual({
      loginHint: 'sam.okafor@bank.example',
      forceRefresh: true,
    });
    expect(readDialogQuery(new URLSearchParams(''))).toEqual({
      loginHint: '',
      forceRefresh: false,
    });
  });

  it('never replies twice', async () => {
    const reply = vi.fn();
    const client = fakeDialogClient();
    client.handleRedirectPromise.mockResolvedValueOnce(authResult(jwt('redirected')));
    await runDialogFlow(client, request, reply);
    expect(reply).toHaveBeenCalledTimes(1);
  });
});
