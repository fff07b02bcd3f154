// Minimal browser APIs jsdom lacks and Fluent UI may touch. Import first in DOM tests.

import { afterEach } from 'vitest';

// The pane keeps unsaved form text in localStorage; one test's draft must not fill the next's form.
if (typeof window !== 'undefined') afterEach(() => window.localStorage.clear());

if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
