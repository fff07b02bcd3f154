// @vitest-environment jsdom
import '../../support/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../addin/api/api-error';
import { CaseDetails } from '../../../../addin/modules/cases/components/CaseDetails';
import { draftKey } from '../../../../addin/state/drafts-storage';
import { PaneProvider } from '../../../../addin/state/pane-context';
import { createPaneStore } from '../../../../addin/state/pane-store';
import type { Case } from '../../../../shared/cases/case.schema';
import { createFakeApi, type FakeAnswers } from '../../support/fake-api';
import { fakeHost } from '../../support/fake-host';
import { aCaseDetail, aMessage, anAuditEntry, anEvidenceList } from '../../support/fixtures';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const host = fakeHost();

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const seen: Partial<Case> = {
  stage: 'in_progress',
  version: 1,
  priority: 'normal',
  updatedAt: '2025-03-04T10:00:00.000Z',
};
// Meanwhile Dana took the case and raised its priority.
const now: Partial<Case> = {
  ...seen,
  version: 2,
  priority: 'high',
  ownerId: 'user-dana',
  ownerName: 'Dana Reyes',
  updatedAt: '2025-03-04T11:00:00.000Z',
};
const stale = new ApiError('http', 'Changed by someone else', 412, 'precondition_failed', {
  currentVersion: 2,
});

/** The case panel for `user-me`, where the first transition is refused with a 412. */
async function openPanel(answers: FakeAnswers = {}) {
  let loads = 0;
  let transitions = 0;
  const fake = createFakeApi({
    linkedCases: () => ({ items: [] }),
    matchClients: () => ({ items: [] }),
    // The user's copy is the first load; every later one sees Dana's change.
    getCase: (id) => aCaseDetail({ id, ...(loads++ === 0 ? seen : now) }),
    caseEvidence: () => anEvidenceList(),
    caseApprovals: () => ({ items: [] }),
    caseTimeline: () => ({
      items: [
        anAuditEntry({
          id: 'ev-old',
          at: '2025-03-04T09:00:00.000Z',
          actor: { id: 'u', name: 'Old Hand' },
        }),
        anAuditEntry({
          id: 'ev-dana',
          at: '2025-03-04T11:00:00.000Z',
          actor: { id: 'd', name: 'Dana Reyes' },
        }),
      ],
    }),
    transitionCase: (id, _version, input) =>
      transitions++ === 0
        ? Promise.reject(stale)
        : aCaseDetail({ id, ...now, version: 3, stage: input.to }),
    ...answers,
  });
  const store = createPaneStore(fake.api, { userId: 'user-me' });
  await act(async () => {
    store.getState().selectItem(aMessage());
    store.getState().openCase('case-1');
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider store={store} host={host}>
        <CaseDetails />
      </PaneProvider>
    </FluentProvider>,
  );
  await settle();
  return { ...fake, store };
}

const reasonKey = draftKey('user-me', 'case:case-1', 'transition:waiting_customer');

async function moveToWaitingOnCustomer() {
  fireEvent.click(screen.getByRole('button', { name: 'Move to Waiting on customer' }));
  fireEvent.change(screen.getByLabelText(/What is the case waiting for/), {
    target: { value: 'Signed indemnity from the client' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Move' }));
  await settle();
}

describe('case panel: a change refused because the case changed (412)', { timeout: 30_000 }, () => {
  it('shows what changed and who changed it', async () => {
    await openPanel();
    await moveToWaitingOnCustomer();

    expect(screen.getByText('This case changed since you opened it')).toBeTruthy();
    const changes = screen.getByRole('group', { name: 'Changes since you opened the case' });
    const text = changes.textContent ?? '';
    expect(text).toContain('Owner');
    expect(text).toContain('Sam Okafor → Dana Reyes');
    expect(text).toContain('Normal → High');
    expect(text).toContain('1 → 2');
    expect(within(changes).queryByText('Stage')).toBeNull();
    expect(screen.getByText('Changed by Dana Reyes')).toBeTruthy();
  });

  it('applies the change again against the version now on the server, and forgets the draft', async () => {
    const { api } = await openPanel();
    await moveToWaitingOnCustomer();
    expect(localStorage.getItem(reasonKey)).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Apply my change again' }));
    await settle();
    expect(api.transitionCase).toHaveBeenLastCalledWith('case-1', 2, {
      to: 'waiting_customer',
      reason: 'Signed indemnity from the client',
    });
    expect(screen.queryByText('This case changed since you opened it')).toBeNull();
    expect(localStorage.getItem(reasonKey)).toBeNull();
  });

  it('discards the change: the form closes, its draft goes, and the case shows as it is now', async () => {
    const { api } = await openPanel();
    await moveToWaitingOnCustomer();
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    await settle();

    expect(api.transitionCase).toHaveBeenCalledTimes(1);
    expect(screen.queryByLabelText(/What is the case waiting for/)).toBeNull();
    expect(screen.queryByText('This case changed since you opened it')).toBeNull();
    expect(localStorage.getItem(reasonKey)).toBeNull();
    expect(screen.getAllByText('Dana Reyes').length).toBeGreaterThan(0);
  });

  it('offers only Discard when the case as it is now cannot be loaded', async () => {
    let loads = 0;
    await openPanel({
      getCase: (id) =>
        loads++ === 0
          ? aCaseDetail({ id, ...seen })
          : Promise.reject(new ApiError('unreachable', 'Caseline cannot reach its server.')),
    });
    await moveToWaitingOnCustomer();
    expect(screen.getByText(/could not load the case as it is now/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Apply my change again' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Discard' })).toBeTruthy();
  });
});

describe('case panel: drafts', { timeout: 30_000 }, () => {
  it('reopens a half-written move with its text after a reload, and forgets it once saved', async () => {
    localStorage.setItem(
      reasonKey,
      JSON.stringify({ savedAt: Date.now(), value: { reason: 'Waiting for ID', waitingOn: '' } }),
    );
    const { api } = await openPanel({
      transitionCase: (id, _v, input) => aCaseDetail({ id, ...seen, stage: input.to }),
    });
    const reason = screen.getByLabelText(/What is the case waiting for/) as HTMLTextAreaElement;
    expect(reason.value).toBe('Waiting for ID');
    expect(screen.getByText(/Restored what you typed earlier/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    await settle();
    expect(api.transitionCase).toHaveBeenCalledWith('case-1', 1, {
      to: 'waiting_customer',
      reason: 'Waiting for ID',
    });
    expect(localStorage.getItem(reasonKey)).toBeNull();
  });

  it('reopens a half-written resolution in the Close section', async () => {
    localStorage.setItem(
      draftKey('user-me', 'case:case-1', 'resolve'),
      JSON.stringify({ savedAt: Date.now(), value: { resolutionSummary: 'Refunded the fee' } }),
    );
    await openPanel();
    const summary = screen.getByLabelText(/Resolution summary/) as HTMLTextAreaElement;
    expect(summary.value).toBe('Refunded the fee');
  });

  it('drops the draft when the user cancels the form', async () => {
    await openPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Move to Waiting on customer' }));
    fireEvent.change(screen.getByLabelText(/What is the case waiting for/), {
      target: { value: 'Something' },
    });
    expect(localStorage.getItem(reasonKey)).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(localStorage.getItem(reasonKey)).toBeNull();
  });
});
