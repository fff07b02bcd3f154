import { vi } from 'vitest';
import type { Host } from '../../../addin/host/host';

/** A demo host with nothing selected, the light theme and Sam Okafor signed in; `overrides` change any part. */
export function fakeHost(overrides: Partial<Host> = {}): Host {
  return {
    kind: 'demo',
    currentItem: vi.fn(async () => null),
    onItemChanged: vi.fn(() => () => undefined),
    user: () => ({ name: 'Sam Okafor', email: 'sam.okafor@bank.example' }),
    theme: () => 'light',
    onThemeChanged: vi.fn(() => () => undefined),
    displayReplyForm: vi.fn(),
    ...overrides,
  };
}
