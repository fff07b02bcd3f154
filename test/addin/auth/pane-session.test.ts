import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuthConfig } from '../../../addin/auth/auth-config';
import type { Host } from '../../../addin/host/host';
import { startSession } from '../../../addin/session/pane-session';
import { apiScope } from './msal-fakes';

// Which way the pane signs in, against a stand-in for a dev-mode server's /api/dev routes.

const devBuild: AuthConfig = { clientId: '', tenant: 'organizations', apiScope: '', apiUrl: '' };
const entraBuild: AuthConfig = {
  clientId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  tenant: 'organizations',
  apiScope,
  apiUrl: '',
};
const users = [
  { id: 'user-sam', name: 'Sam Okafor (demo)', email: 'sam.okafor@bank.example', roles: [] },
  { id: 'user-lee', name: 'Lee Park (demo)', email: 'lee.park@bank.example', roles: [] },
];

const requests: string[] = [];
let server: Server;
let apiBase: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(request.url === '/api/dev/users' ? users : { accessToken: 'dev' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  vi.unstubAllGlobals();
});

function host(kind: Host['kind'], nestedAppAuth = false): Host {
  return {
    kind,
    currentItem: async () => null,
    onItemChanged: () => () => undefined,
    user: () => ({ name: 'Sam Okafor', email: 'sam.okafor@bank.example' }),
    theme: () => 'light',
    onThemeChanged: () => () => undefined,
    displayReplyForm: () => undefined,
    auth:
      kind === 'outlook'
        ? { supportsNestedAppAuth: () => nestedAppAuth, openDialog: vi.fn() }
        : undefined,
  };
}

describe('starting the pane’s session', () => {
  it('acts for the demo user picked in the workspace, even in an Entra build', async () => {
    const session = await startSession(
      host('demo'),
      apiBase,
      new URLSearchParams('user=user-lee'),
      entraBuild,
    );
    expect(session.userName).toBe('Lee Park (demo)');
  });

  it('in Outlook with a dev build, acts for the demo user with the mailbox’s address', async () => {
    const session = await startSession(host('outlook'), apiBase, new URLSearchParams(), devBuild);
    expect(session.userName).toBe('Sam Okafor (demo)');
    await expect(session.token()).resolves.toBe('dev');
  });

  it('in Outlook with an Entra build, signs in as the mailbox owner and asks the server nothing', async () => {
    requests.length = 0;
    // The pane's own origin, where the sign-in dialog page lives.
    vi.stubGlobal('window', { location: { origin: 'https://caseline.bank.example' } });
    const session = await startSession(host('outlook'), apiBase, new URLSearchParams(), entraBuild);

    expect(session.userName).toBe('Sam Okafor');
    expect(typeof session.token.refresh).toBe('function');
    expect(requests).toEqual([]);
  });
});
