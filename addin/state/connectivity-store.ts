import { createStore } from 'zustand/vanilla';
import type { RequestObserver } from '../api/http-client';

/** Whether the pane can talk to its server: reachable, out of reach, or refused for its sign-in. */
export type ConnectivityStatus = 'online' | 'unreachable' | 'signed_out';

export type ConnectivityState = {
  status: ConnectivityStatus;
  /** Runs the session's sign-in again; null until the pane has a session to renew. */
  signIn: (() => Promise<void>) | null;
  /** The HTTP client's observer: the last request's outcome decides the status. */
  report: RequestObserver;
  setSignIn: (signIn: () => Promise<void>) => void;
};

export function createConnectivityStore() {
  return createStore<ConnectivityState>()((set, get) => ({
    status: 'online',
    signIn: null,
    report: (outcome) => {
      const status = outcome === 'reachable' ? 'online' : outcome;
      if (get().status !== status) set({ status });
    },
    setSignIn: (signIn) => set({ signIn }),
  }));
}

export type ConnectivityStore = ReturnType<typeof createConnectivityStore>;

/** The pane's one connectivity store: its HTTP client reports into it and its banner reads it. */
export const paneConnectivity = createConnectivityStore();
