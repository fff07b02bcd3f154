import { describe, expect, it, vi } from 'vitest';
import type { AuthConfig } from '../../../addin/auth/auth-config';
import type { DialogMessage } from '../../../addin/auth/dialog/dialog-protocol';
import { createOutlookTokenSource } from '../../../addin/auth/outlook-token-source';
import type { DialogReply, Host, HostAuth } from '../../../addin/host/host';
import { apiScope, fakeNaaClient, jwt } from './msal-fakes';

const origin = 'https://caseline.bank.example';
const config: AuthConfig = {
  clientId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  tenant: 'organizations',
  apiScope,
  apiUrl: '',
};

function signedIn(accessToken: string, expiresOn = Date.now() + 60 * 60_000): DialogMessage {
  return { type: 'caseline:sign-in', status: 'signed_in', accessToken, expiresOn };
}

function reply(message: unknown, from: string | null = origin): DialogReply {
  return { message: typeof message === 'string' ? message : JSON.stringify(message), origin: from };
}

function outlook(nestedAppAuth: boolean) {
  const auth = {
    supportsNestedAppAuth: vi.fn(() => nestedAppAuth),
    openDialog: vi.fn<HostAuth['openDialog']>(async () => reply(signedIn(jwt('from-dialog')))),
  };
  const host: Host = {
    kind: 'outlook',
    currentItem: async () => null,
    onItemChanged: () => () => undefined,
    user: () => ({ name: 'Sam Okafor', email: 'sam.okafor@bank.example' }),
    theme: () => 'light',
    onThemeChanged: () => () => undefined,
    displayReplyForm: () => undefined,
    auth,
  };
  const client = fakeNaaClient();
  const createNaaClient = vi.fn(async () => client);
  const start = () => createOutlookTokenSource(host, config, { createNaaClient, origin });
  return { host, auth, client, createNaaClient, start };
}

describe('choosing how the pane signs in to Outlook', () => {
  it('uses nested app authentication where the host supports NestedAppAuth 1.1', async () => {
    const { auth, client, createNaaClient, start } = outlook(true);
    const source = await start();

    await expect(source()).resolves.toBe(jwt('silent'));
    expect(createNaaClient).toHaveBeenCalledWith(config);
    expect(client.acquireTokenSilent).toHaveBeenCalled();
    expect(auth.openDialog).not.toHaveBeenCalled();
  });

  it('falls back to the sign-in dialog where it does not, without loading MSAL', async () => {
    const { auth, createNaaClient, start } = outlook(false);
    const source = await start();

    await expect(source()).resolves.toBe(jwt('from-dialog'));
    expect(createNaaClient).not.toHaveBeenCalled();
    expect(auth.openDialog).toHaveBeenCalledTimes(1);
    const url = new URL(auth.openDialog.mock.calls[0]?.[0] ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(`${origin}/auth-dialog.html`);
    expect(url.searchParams.get('login_hint')).toBe('sam.okafor@bank.example');
    expect(url.searchParams.has('refresh')).toBe(false);
  });

  it('refuses a host without sign-in support', async () => {
    const { host } = outlook(true);
    const bare: Host = { ...host, auth: undefined };
    await expect(
      createOutlookTokenSource(bare, config, { createNaaClient: vi.fn(), origin }),
    ).rejects.toMatchObject({ code: 'unsupported_host' });
  });
});

describe('the sign-in dialog fallback', () => {
  it('reuses the dialog’s token until refresh() asks the dialog for a new one', async () => {
    const { auth, start } = outlook(false);
    auth.openDialog
      .mockResolvedValueOnce(reply(signedIn(jwt('first'))))
      .mockResolvedValueOnce(reply(signedIn(jwt('second'))));
    const source = await start();

    await expect(source()).resolves.toBe(jwt('first'));
    await expect(source()).resolves.toBe(jwt('first'));
    await expect(source.refresh()).resolves.toBe(jwt('second'));

    expect(auth.openDialog).toHaveBeenCalledTimes(2);
    expect(new URL(auth.openDialog.mock.calls[1]?.[0] ?? '').searchParams.get('refresh')).toBe('1');
  });

  it('opens the dialog again when the token is about to expire', async () => {
    const { auth, start } = outlook(false);
    auth.openDialog
      .mockResolvedValueOnce(reply(signedIn(jwt('expiring'), Date.now() + 60_000)))
      .mockResolvedValueOnce(reply(signedIn(jwt('renewed'))));
    const source = await start();

    await expect(source()).resolves.toBe(jwt('expiring'));
    await expect(source()).resolves.toBe(jwt('renewed'));
  });

  it.each([
    ['text that is not JSON', 'eyJ.not-json'],
    ['an unknown message type', { ...signedIn(jwt('x')), type: 'someone-else' }],
    ['a token that is not a JWT', signedIn('not a token')],
    ['extra fields', { ...signedIn(jwt('x')), idToken: jwt('id') }],
    ['no expiry', { type: 'caseline:sign-in', status: 'signed_in', accessToken: jwt('x') }],
  ])('rejects a malformed dialog message: %s', async (_label, message) => {
    const { auth, start } = outlook(false);
    auth.openDialog.mockResolvedValueOnce(reply(message));
    const source = await start();

    await expect(source()).rejects.toMatchObject({ code: 'bad_dialog_message' });
  });

  it('rejects a message from another origin', async () => {
    const { auth, start } = outlook(false);
    auth.openDialog.mockResolvedValueOnce(reply(signedIn(jwt('x')), 'https://evil.example'));
    const source = await start();

    await expect(source()).rejects.toMatchObject({ code: 'bad_dialog_message' });
  });

  it('surfaces the failure the dialog reports', async () => {
    const { auth, start } = outlook(false);
    const failure: DialogMessage = {
      type: 'caseline:sign-in',
      status: 'failed',
      code: 'access_denied',
      message: 'The user declined consent',
    };
    auth.openDialog.mockResolvedValueOnce(reply(failure));
    const source = await start();

    await expect(source()).rejects.toMatchObject({
      code: 'dialog_failed',
      message: expect.stringContaining('declined consent'),
    });
  });
});
