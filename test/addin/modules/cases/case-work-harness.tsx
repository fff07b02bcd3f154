import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render } from '@testing-library/react';
import { CaseDetails } from '../../../../addin/modules/cases/components/CaseDetails';
import { PaneProvider } from '../../../../addin/state/pane-context';
import { createPaneStore } from '../../../../addin/state/pane-store';
import type { Case } from '../../../../shared/cases/case.schema';
import { createFakeApi, type FakeAnswers } from '../../support/fake-api';
import { fakeHost } from '../../support/fake-host';
import { aCaseDetail, aMessage, anEvidenceList } from '../../support/fixtures';

export { aFollowUp, aNote } from './case-work-fixtures';

// The case panel over a fake API, for the owner, notes and follow-up tests; not a test file.

export async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

type Setup = { caseFields?: Partial<Case>; answers?: FakeAnswers };

/** CaseDetails with case-1 open for `user-me`; every section answers at once unless overridden. */
export async function openCasePanel({ caseFields = {}, answers = {} }: Setup = {}) {
  const fake = createFakeApi({
    linkedCases: () => ({ items: [] }),
    matchClients: () => ({ items: [] }),
    getCase: (id) => aCaseDetail({ id, ...caseFields }),
    caseEvidence: () => anEvidenceList({ checklist: [] }),
    caseApprovals: () => ({ items: [] }),
    caseTimeline: () => ({ items: [] }),
    caseNotes: () => ({ items: [] }),
    caseFollowUps: () => ({ items: [] }),
    caseAssignees: () => ({ items: [] }),
    ...answers,
  });
  const store = createPaneStore(fake.api, { userId: 'user-me' });
  await act(async () => {
    store.getState().selectItem(aMessage());
    store.getState().openCase('case-1');
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider store={store} host={fakeHost()}>
        <CaseDetails />
      </PaneProvider>
    </FluentProvider>,
  );
  await settle();
  return { ...fake, store };
}
