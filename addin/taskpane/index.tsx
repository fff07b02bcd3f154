import { Spinner } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createCaselineApi } from '../api/caseline-api';
import { createHttpClient } from '../api/http-client';
import { authConfig } from '../auth/auth-config';
import type { Host } from '../host/host';
import { strings } from '../i18n/strings';
import { ErrorMessage } from '../modules/ui/components/ErrorMessage';
import { startSession } from '../session/pane-session';
import { renewableTokenSource } from '../session/renewable-token';
import { describeStartFailure } from '../session/start-failure';
import { paneConnectivity } from '../state/connectivity-store';
import { PaneProvider } from '../state/pane-context';
import { createPaneStore } from '../state/pane-store';
import { App, preloadPaneViews } from './App';
import { ThemedRoot } from './ThemedRoot';

const apiBase = authConfig.apiUrl || window.location.origin;
const search = new URLSearchParams(window.location.search);
const root = createRoot(document.getElementById('root') as HTMLElement);

async function connectHost(): Promise<Host> {
  // The demo host is tiny; Outlook's is loaded only where it is used.
  if (search.get('host') === 'demo') return (await import('../host/demo-host')).connectDemoHost();
  return (await import('../host/outlook-host')).connectOutlookHost();
}

async function start(): Promise<void> {
  root.render(
    <ThemedRoot host={null}>
      <Spinner label={strings.loadingPane} />
    </ThemedRoot>,
  );
  let host: Host | null = null;
  try {
    host = await connectHost();
    const session = await startSession(host, apiBase, search);
    const connected = host;
    const token = renewableTokenSource(session.token);
    const http = createHttpClient(apiBase, token.token, paneConnectivity.getState().report);
    // "Sign in again" runs the session's sign-in afresh; the pane, and what is typed in it, stay.
    paneConnectivity.getState().setSignIn(async () => {
      token.renew((await startSession(connected, apiBase, search)).token);
    });
    const api = createCaselineApi(http);
    const store = createPaneStore(api, { userId: session.userId ?? null });
    void store.getState().loadAllowedActions();
    connected.onItemChanged((item) => store.getState().selectItem(item));
    store.getState().selectItem(await connected.currentItem());
    root.render(
      <ThemedRoot host={connected}>
        <PaneProvider store={store} host={connected}>
          <App userName={session.userName} />
        </PaneProvider>
      </ThemedRoot>,
    );
    // The other views' code follows once the first view is up, so opening one is instant.
    setTimeout(() => void preloadPaneViews().catch(() => undefined), 1000);
  } catch (error) {
    const failure = describeStartFailure(error);
    root.render(
      <ThemedRoot host={host}>
        <ErrorMessage
          title={failure.title}
          message={failure.message}
          onRetry={() => void start()}
        />
      </ThemedRoot>,
    );
  }
}

void start();
