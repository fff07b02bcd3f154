import type { TokenSource } from '../api/http-client';

/**
 * A token source whose sign-in can be run again ("Sign in again") while the pane keeps its
 * state: the HTTP client holds this one, and `renew` swaps the session's source beneath it.
 */
export function renewableTokenSource(first: TokenSource) {
  let current = first;
  const token: TokenSource = Object.assign(() => current(), {
    refresh: () => (current.refresh ? current.refresh() : current()),
  });
  return {
    token,
    renew: (next: TokenSource) => {
      current = next;
    },
  };
}
