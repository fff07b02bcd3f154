import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Host } from '../host/host';
import type { PaneState, PaneStore } from './pane-store';

type PaneContextValue = { store: PaneStore; host: Host };

const PaneContext = createContext<PaneContextValue | null>(null);

export function PaneProvider({
  store,
  host,
  children,
}: PaneContextValue & { children: ReactNode }) {
  return <PaneContext.Provider value={{ store, host }}>{children}</PaneContext.Provider>;
}

function usePaneContext(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('usePane needs a PaneProvider above it');
  return value;
}

/** Reads a slice of the pane's state and re-renders when it changes. */
export function usePane<T>(selector: (state: PaneState) => T): T {
  return useStore(usePaneContext().store, selector);
}

export function useHost(): Host {
  return usePaneContext().host;
}
