import { BrowserAuthError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { naaBroker } from '../../../addin/auth/naa-broker';
import { createAuthTokenSource } from '../../../addin/auth/token-source';
import { apiScope, authResult, fakeNaaClient, interactionRequired, jwt, sam } from './msal-fakes';

function naaSource(client = fakeNaaClient()) {
  const source = createAuthTokenSource(
    naaBroker(client, { apiScope, loginHint: 'sam.okafor@bank.example' }),
  );
  return { client, source };
}

describe('the Outlook token source over nested app authentication', () => {
  it('gets the token silently first and never prompts when that works', async () => {
    const { client, source } = naaSource();

    await expect(source()).resolves.toBe(jwt('silent'));

    expect(client.acquireTokenSilent).toHaveBeenCalledTimes(1);
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('prompts only when MSAL says interaction is required', async () => {
    const { client, source } = naaSource();
    client.acquireTokenSilent.mockRejectedValueOnce(interactionRequired());

    await expect(source()).resolves.toBe(jwt('popup'));

    expect(client.acquireTokenSilent).toHaveBeenCalledTimes(1);
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('surfaces any other silent failure without prompting', async () => {
    const { client, source } = naaSource();
    const offline = new BrowserAuthError('no_network_connectivity', 'correlation-1');
    client.acquireTokenSilent.mockRejectedValueOnce(offline);

    await expect(source()).rejects.toBe(offline);
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('surfaces a failed or cancelled prompt', async () => {
    const { client, source } = naaSource();
    client.acquireTokenSilent.mockRejectedValueOnce(interactionRequired());
    client.acquireTokenPopup.mockRejectedValueOnce(new Error('user_cancelled'));

    await expect(source()).rejects.toThrow('user_cancelled');
  });

  it('asks for the configured API scope and nothing else, silently and interactively', async () => {
    const { client, source } = naaSource();
    client.acquireTokenSilent.mockRejectedValueOnce(interactionRequired());

    await source();

    expect(client.acquireTokenSilent.mock.calls[0]?.[0].scopes).toEqual([apiScope]);
    expect(client.acquireTokenPopup.mock.calls[0]?.[0].scopes).toEqual([apiScope]);
    expect(client.acquireTokenPopup.mock.calls[0]?.[0].loginHint).toBe('sam.okafor@bank.example');
  });

  it('hands over the access token, never the ID token beside it', async () => {
    const { client, source } = naaSource();
    client.acquireTokenSilent.mockResolvedValueOnce(authResult(''));

    await expect(source()).rejects.toMatchObject({ code: 'no_access_token' });
  });

  it('prefers the active account, then the account matching the mailbox', async () => {
    const { client, source } = naaSource();
    client.getAccount.mockReturnValue(sam);

    await source();
    expect(client.getAccount).toHaveBeenCalledWith({ loginHint: 'sam.okafor@bank.example' });
    expect(client.acquireTokenSilent.mock.calls[0]?.[0].account).toBe(sam);
    expect(client.setActiveAccount).toHaveBeenCalledWith(sam);

    await source.refresh();
    expect(client.getActiveAccount).toHaveLastReturnedWith(sam);
  });

  it('refresh() forces MSAL past its cache', async () => {
    const { client, source } = naaSource();
    client.acquireTokenSilent.mockResolvedValueOnce(authResult(jwt('first')));
    client.acquireTokenSilent.mockResolvedValueOnce(authResult(jwt('second')));

    await expect(source()).resolves.toBe(jwt('first'));
    await expect(source.refresh()).resolves.toBe(jwt('second'));

    expect(client.acquireTokenSilent.mock.calls[0]?.[0].forceRefresh).toBe(false);
    expect(client.acquireTokenSilent.mock.calls[1]?.[0].forceRefresh).toBe(true);
  });

  it('shares one prompt between requests that need a token at the same time', async () => {
    const { client, source } = naaSource();
    client.acquireTokenSilent.mockRejectedValueOnce(interactionRequired());

    const tokens = await Promise.all([source(), source(), source()]);

    expect(tokens).toEqual([jwt('popup'), jwt('popup'), jwt('popup')]);
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });
});
