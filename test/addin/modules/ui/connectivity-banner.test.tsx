// @vitest-environment jsdom
import '../../support/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../addin/api/api-error';
import { ConnectivityBanner } from '../../../../addin/modules/ui/components/ConnectivityBanner';
import { createConnectivityStore } from '../../../../addin/state/connectivity-store';
import { PaneProvider } from '../../../../addin/state/pane-context';
import { createPaneStore } from '../../../../addin/state/pane-store';
import { createFakeApi, flush } from '../../support/fake-api';
import { fakeHost } from '../../support/fake-host';
import { aMessage } from '../../support/fixtures';

afterEach(cleanup);

const host = fakeHost();

const down = new ApiError('unreachable', 'Caseline cannot reach its server.');

/** The banner over a pane whose first loads failed because the server was down. */
async function renderBanner() {
  let serverUp = false;
  const fake = createFakeApi({
    linkedCases: () => (serverUp ? { items: [] } : Promise.reject(down)),
    matchClients: () => (serverUp ? { items: [] } : Promise.reject(down)),
  });
  const store = createPaneStore(fake.api, { userId: 'u-1' });
  const connectivity = createConnectivityStore();
  await act(async () => {
    store.getState().selectItem(aMessage());
    await flush();
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider store={store} host={host}>
        <ConnectivityBanner connectivity={connectivity} />
      </PaneProvider>
    </FluentProvider>,
  );
  return {
    ...fake,
    store,
    connectivity,
    bringServerBack: () => {
      serverUp = true;
    },
  };
}

describe('connectivity banner', { timeout: 30_000 }, () => {
  it('says nothing while requests get through', async () => {
    await renderBanner();
    expect(screen.queryByText('No connection to Caseline')).toBeNull();
  });

  it('says the server cannot be reached, and Retry loads the view again', async () => {
    const { api, connectivity, store, bringServerBack } = await renderBanner();
    act(() => connectivity.getState().report('unreachable'));
    expect(screen.getByText('No connection to Caseline')).toBeTruthy();
    expect(screen.getByText(/What you typed is kept here/)).toBeTruthy();
    expect(store.getState().matches.status).toBe('error');

    bringServerBack();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
      await flush();
    });
    expect(api.matchClients).toHaveBeenCalledTimes(2);
    expect(store.getState().matches.status).toBe('ready');

    act(() => connectivity.getState().report('reachable'));
    expect(screen.queryByText('No connection to Caseline')).toBeNull();
  });

  it('keeps an open case on screen when retrying', async () => {
    const { api, connectivity, store } = await renderBanner();
    act(() => {
      store.getState().openCase('case-1');
      connectivity.getState().report('unreachable');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(api.getCase).toHaveBeenCalledTimes(2);
    expect(store.getState().view).toEqual({ name: 'case', caseId: 'case-1' });
  });

  it('offers Sign in again when the sign-in ended, and loads the view after signing in', async () => {
    const { api, connectivity } = await renderBanner();
    const signIn = vi.fn(async () => undefined);
    act(() => {
      connectivity.getState().setSignIn(signIn);
      connectivity.getState().report('signed_out');
    });
    expect(screen.getByText('Sign in again to continue')).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
      await flush();
    });
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(api.matchClients).toHaveBeenCalledTimes(2);
  });

  it('says why when signing in again fails, and still offers it', async () => {
    const { connectivity } = await renderBanner();
    act(() => {
      connectivity
        .getState()
        .setSignIn(() => Promise.reject(new Error('The sign-in was cancelled')));
      connectivity.getState().report('signed_out');
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
      await flush();
    });
    expect(screen.getByText(/Signing in did not work: The sign-in was cancelled/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in again' })).toBeTruthy();
  });
});
