import type { ApiError } from '../api/api-error';

/** The state of one piece of data the pane fetches. */
export type Loadable<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: ApiError };

export const idle = { status: 'idle' } as const;
export const loading = { status: 'loading' } as const;
export const ready = <T>(data: T): Loadable<T> => ({ status: 'ready', data });
