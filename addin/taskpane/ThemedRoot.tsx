import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { Host, HostTheme } from '../host/host';

/** Follows the host's theme, Office's dark mode included. */
export function ThemedRoot({ host, children }: { host: Host | null; children: ReactNode }) {
  const [theme, setTheme] = useState<HostTheme>(() => host?.theme() ?? 'light');
  useEffect(() => {
    if (!host) return undefined;
    setTheme(host.theme());
    return host.onThemeChanged(setTheme);
  }, [host]);
  return (
    <FluentProvider
      theme={theme === 'dark' ? webDarkTheme : webLightTheme}
      style={{ minHeight: '100vh' }}
    >
      {children}
    </FluentProvider>
  );
}
