import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render } from '@testing-library/react';
import { PaneProvider } from '../../../../addin/state/pane-context';
import { createPaneStore } from '../../../../addin/state/pane-store';
import { App, preloadPaneViews } from '../../../../addin/taskpane/App';
import { ApiError } from '../../../../addin/api/api-error';
import { createFakeApi, type FakeAnswers } from '../../support/fake-api';
import { fakeHost } from '../../support/fake-host';
import { aCaseDetail, anEvidenceList } from '../../support/fixtures';

// The pane loads its views lazily; loaded up front, they render at once as in a warm pane.
await preloadPaneViews();

/** Grace Whitfield, a manager, is the signed-in user here. */
const graceHost = () =>
  fakeHost({ user: () => ({ name: 'Grace Whitfield', email: 'grace@bank.example' }) });

export const forbidden = () =>
  new ApiError('http', 'Your role does not allow this', 403, 'forbidden');

export async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** The whole pane over a fake API, nothing selected; work lists answer empty unless told. */
export async function renderPane(answers: FakeAnswers = {}) {
  const fake = createFakeApi({
    workCases: () => ({ items: [] }),
    myFollowUps: () => ({ items: [] }),
    queueSummary: () => ({ buckets: [] }),
    listApprovals: () => ({ items: [] }),
    getCase: (id) => aCaseDetail({ id }),
    caseEvidence: () => anEvidenceList(),
    caseApprovals: () => ({ items: [] }),
    caseTimeline: () => ({ items: [] }),
    linkedCases: () => ({ items: [] }),
    matchClients: () => ({ items: [] }),
    ...answers,
  });
  const store = createPaneStore(fake.api, { userId: 'u-mg-grace' });
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider store={store} host={graceHost()}>
        <App userName="Grace Whitfield" />
      </PaneProvider>
    </FluentProvider>,
  );
  await settle();
  return { ...fake, store };
}
