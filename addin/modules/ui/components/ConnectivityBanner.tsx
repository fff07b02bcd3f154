import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { strings } from '../../../i18n/strings';
import { retryCurrentView, type RetryTarget } from '../../../state/connectivity-retry';
import { paneConnectivity, type ConnectivityStore } from '../../../state/connectivity-store';
import { usePane } from '../../../state/pane-context';

const useStyles = makeStyles({
  // Stays in view while the user scrolls a long form, so the way forward is never lost.
  root: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
});

/**
 * The pane-wide answer to a lost connection or an ended sign-in: says so at the top of the pane,
 * offers Retry or Sign in again, and goes away as soon as a request gets through.
 */
export function ConnectivityBanner({
  connectivity = paneConnectivity,
}: {
  connectivity?: ConnectivityStore;
}) {
  const styles = useStyles();
  const status = useStore(connectivity, (s) => s.status);
  const signIn = useStore(connectivity, (s) => s.signIn);
  const target: RetryTarget = {
    tab: usePane((s) => s.tab),
    view: usePane((s) => s.view),
    chosenClientId: usePane((s) => s.chosenClientId),
    reload: usePane((s) => s.reload),
    refreshCase: usePane((s) => s.refreshCase),
    chooseClient: usePane((s) => s.chooseClient),
    loadMyWork: usePane((s) => s.loadMyWork),
    loadQueueSummary: usePane((s) => s.loadQueueSummary),
    loadApprovals: usePane((s) => s.loadApprovals),
  };
  const [signingIn, setSigningIn] = useState(false);
  const [signInFailure, setSignInFailure] = useState<string | null>(null);

  const retry = () => retryCurrentView(target);

  // The browser noticing the network is back is as good as the user pressing Retry.
  useEffect(() => {
    if (status !== 'unreachable') return undefined;
    const handleOnline = () => retry();
    window.addEventListener('online', handleOnline);
    return () => window.removeEventListener('online', handleOnline);
  });

  const handleSignIn = async () => {
    setSigningIn(true);
    setSignInFailure(null);
    try {
      // Without a session to renew, starting the pane again is the sign-in.
      if (signIn) await signIn();
      else window.location.reload();
      retry();
    } catch (error) {
      setSignInFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setSigningIn(false);
    }
  };

  if (status === 'online') return null;
  const t = strings.resilience;
  return (
    <div className={styles.root}>
      {status === 'unreachable' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.unreachableTitle}</MessageBarTitle>
            {strings.unreachable}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={retry}>
              {strings.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.signedOutTitle}</MessageBarTitle>
            {signInFailure ? t.signInFailed(signInFailure) : t.signedOut}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={signingIn} onClick={() => void handleSignIn()}>
              {signingIn ? t.signingIn : t.signInAgain}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
