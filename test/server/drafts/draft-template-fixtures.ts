import type { TestApp } from '../../support/test-app';

/** Calls the API as a demo user, the way the pane or an admin's script would. */
export function apiAs(t: TestApp) {
  return async (
    userId: string,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    options: { payload?: unknown; headers?: Record<string, string> } = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await t.tokenFor(userId)}`, ...options.headers },
      ...(options.payload === undefined ? {} : { payload: options.payload as object }),
    });
}
