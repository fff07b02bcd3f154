import type { TokenSource } from '../api/http-client';

/**
 * One way of getting access tokens for the Caseline API: MSAL through Outlook's broker (NAA),
 * or the sign-in dialog. Each asks for the API's scope and nothing else.
 */
export type TokenBroker = {
  /** Gets a token without showing anything; rejects with an error `needsInteraction` accepts if it cannot. */
  silent: (options: { forceRefresh: boolean }) => Promise<string>;
  /** Gets a token, letting the user sign in or consent. */
  interactive: (options: { forceRefresh: boolean }) => Promise<string>;
  /** True for the errors that mean "the user has to act", the only ones worth prompting for. */
  needsInteraction: (error: unknown) => boolean;
};

/** A token source that can also be told the server refused its last token. */
export type AuthTokenSource = TokenSource & { refresh: () => Promise<string> };

async function acquire(broker: TokenBroker, forceRefresh: boolean): Promise<string> {
  try {
    return await broker.silent({ forceRefresh });
  } catch (error) {
    if (!broker.needsInteraction(error)) throw error;
  }
  return broker.interactive({ forceRefresh });
}

/**
 * Silent first, interactive only when interaction is required. Concurrent callers share one
 * acquisition, so a burst of requests never opens more than one sign-in prompt.
 */
export function createAuthTokenSource(broker: TokenBroker): AuthTokenSource {
  let pending: Promise<string> | null = null;
  let pendingIsRefresh = false;

  const start = (forceRefresh: boolean, run: () => Promise<string>): Promise<string> => {
    const current = run().finally(() => {
      if (pending === current) pending = null;
    });
    pending = current;
    pendingIsRefresh = forceRefresh;
    return current;
  };

  const token = () => pending ?? start(false, () => acquire(broker, false));
  const refresh = () => {
    if (pending && pendingIsRefresh) return pending;
    // An ordinary acquisition in flight may hand back the very token the server refused, so a
    // refresh waits for it to settle and then forces a new one.
    const before = pending?.catch(() => undefined) ?? Promise.resolve(undefined);
    return start(true, () => before.then(() => acquire(broker, true)));
  };
  return Object.assign(token, { refresh });
}
