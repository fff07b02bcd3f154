// @vitest-environment jsdom
import '../../support/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../addin/api/api-error';
import { CaseDetails } from '../../../../addin/modules/cases/components/CaseDetails';
import { PaneProvider } from '../../../../addin/state/pane-context';
import { createPaneStore } from '../../../../addin/state/pane-store';
import type { Case } from '../../../../shared/cases/case.schema';
import type { TimerView } from '../../../../shared/sla/timers';
import { createFakeApi, type FakeAnswers } from '../../support/fake-api';
import { fakeHost } from '../../support/fake-host';
import {
  aCaseDetail,
  aMessage,
  anApproval,
  anAuditEntry,
  anEvidenceList,
  aTimer,
} from '../../support/fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

type Setup = { caseFields?: Partial<Case>; timers?: TimerView[]; answers?: FakeAnswers };

/** The case panel over a fake API, with case-1 opened for the user `user-me`. */
async function openPanel({ caseFields = {}, timers, answers = {} }: Setup = {}) {
  const fake = createFakeApi({
    linkedCases: () => ({ items: [] }),
    matchClients: () => ({ items: [] }),
    getCase: (id) => aCaseDetail({ id, ...caseFields }, timers),
    caseEvidence: () => anEvidenceList(),
    caseApprovals: () => ({ items: [] }),
    caseTimeline: () => ({ items: [] }),
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

const moveButtons = () =>
  within(screen.getByRole('group', { name: 'Move to' }))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('case panel: stage', () => {
  it('offers only the moves the lifecycle allows from in progress, and Close to resolve', async () => {
    await openPanel({ caseFields: { stage: 'in_progress' } });
    expect(moveButtons()).toEqual([
      'Move to Waiting on customer',
      'Move to Waiting on another team',
      'Move to Pending approval',
    ]);
    expect(screen.queryByRole('button', { name: /Triage|New|Closed/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('offers closing and reopening, and no Close form, once resolved', async () => {
    await openPanel({ caseFields: { stage: 'resolved' } });
    expect(moveButtons()).toEqual(['Move to Closed', 'Reopen']);
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
  });

  it('will not move to a waiting stage without the blocker and whom it waits on', async () => {
    const { api } = await openPanel({
      caseFields: { stage: 'in_progress', version: 4 },
      answers: { transitionCase: (id) => aCaseDetail({ id, stage: 'waiting_internal' }) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move to Waiting on another team' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    await settle();
    expect(api.transitionCase).not.toHaveBeenCalled();
    expect(screen.getByText('Give the reason.')).toBeTruthy();
    expect(screen.getByText('Name who the case is waiting on.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/What is the case waiting for/), {
      target: { value: 'Fee reversal from payments team' },
    });
    fireEvent.change(screen.getByLabelText(/Which team or person/), {
      target: { value: 'Payments operations' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    await settle();
    expect(api.transitionCase).toHaveBeenCalledWith('case-1', 4, {
      to: 'waiting_internal',
      reason: 'Fee reversal from payments team',
      waitingOn: 'Payments operations',
    });
  });

  it('asks why before reopening', async () => {
    const { api } = await openPanel({ caseFields: { stage: 'closed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(screen.getByLabelText(/Why is the case reopened/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    await settle();
    expect(api.transitionCase).not.toHaveBeenCalled();
  });
});

describe('case panel: Close', () => {
  it('lists every unmet condition of the closure gate at once', async () => {
    const unmet = [
      { code: 'close_reason_missing', message: 'Choose a close reason.' },
      { code: 'resolution_summary_vague', message: 'Write what was done and what was found.' },
      { code: 'evidence_missing', message: 'Attach the customer update.', key: 'customer_update' },
      { code: 'customer_response_missing', message: 'Record the response to the customer.' },
    ];
    const blocked = new ApiError('http', 'Blocked', 409, 'closure_blocked', { unmet });
    const { api } = await openPanel({
      answers: { transitionCase: () => Promise.reject(blocked) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Resolve case' }));
    await settle();

    expect(api.transitionCase).toHaveBeenCalledWith('case-1', 1, { to: 'resolved' });
    const list = screen.getByRole('list', { name: 'The case cannot be resolved yet' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(unmet.map((u) => u.message));
  });

  it('judges the resolution summary as it is typed', async () => {
    await openPanel({ caseFields: { type: 'complaint' } });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByLabelText(/Root cause/)).toBeTruthy();
    const summary = screen.getByLabelText(/Resolution summary/);

    fireEvent.change(summary, { target: { value: 'done' } });
    expect(screen.getByText(/"done" does not say what was done/)).toBeTruthy();

    fireEvent.change(summary, {
      target: {
        value:
          'Refunded the duplicate EUR 15 fee and explained the correspondent charge by letter.',
      },
    });
    expect(screen.getByText('Clear enough for a reviewer.')).toBeTruthy();
  });
});

describe('case panel: conflicts and errors', () => {
  it('shows a 412 as “changed since you opened it” with Discard, which loads the case again', async () => {
    const stale = new ApiError('http', 'Stale', 412, 'precondition_failed');
    const { api } = await openPanel({
      caseFields: { ownerId: null, ownerName: null },
      answers: { updateCase: () => Promise.reject(stale) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Assign to me' }));
    await settle();
    expect(api.updateCase).toHaveBeenCalledWith('case-1', 1, { ownerId: 'user-me' });
    expect(screen.getByText('This case changed since you opened it')).toBeTruthy();

    // Discard lets the refused change go; the case was loaded to show what changed, and again after.
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    await settle();
    expect(api.getCase).toHaveBeenCalledTimes(3);
    expect(screen.queryByText('This case changed since you opened it')).toBeNull();
    expect(screen.getByRole('button', { name: 'Assign to me' })).toBeTruthy();
  });

  it('offers Retry when a section fails to load, and says so when lists are empty', async () => {
    const down = new ApiError('unreachable', 'Caseline cannot reach its server.');
    const { api } = await openPanel({ answers: { caseTimeline: () => Promise.reject(down) } });
    expect(screen.getByText('No approvals requested on this case.')).toBeTruthy();
    expect(screen.getByText('Caseline cannot reach its server.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await settle();
    expect(api.caseTimeline).toHaveBeenCalledTimes(2);
  });

  it('drops evidence that arrives for a case the user has left', async () => {
    const { store, call } = await openPanel({ answers: { caseEvidence: undefined } });
    await act(async () => {
      store.getState().showOverview();
      store.getState().openCase('case-2');
    });
    call('caseEvidence', 0).resolve(anEvidenceList({ checklist: [] }));
    await settle();
    expect(store.getState().evidence).toEqual({ status: 'loading' });
  });
});

describe('case panel: sections', () => {
  it('marks a missing checklist item as provided with a note evidence item', async () => {
    const { api } = await openPanel({
      answers: { addEvidence: () => Promise.reject(new ApiError('unreachable', 'Offline')) },
    });
    expect(screen.getByText('Provided')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as provided: Customer update sent' }));
    await settle();
    expect(api.addEvidence).toHaveBeenCalledWith('case-1', {
      kind: 'note',
      title: 'Customer update sent',
      text: 'Customer update sent: confirmed as provided by the case handler.',
      checklistKey: 'customer_update',
    });
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('lists approvals and requests one with kind, amount, currency, policy and rationale', async () => {
    const { api } = await openPanel({
      answers: {
        caseApprovals: () => ({ items: [anApproval()] }),
        requestApproval: () => anApproval({ id: 'ap-2' }),
      },
    });
    const approvals = screen.getByRole('region', { name: 'Approvals' });
    expect(within(approvals).getByText('Refund to the customer')).toBeTruthy();
    expect(within(approvals).getByText('Pending')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Request approval' }));
    fireEvent.change(screen.getByLabelText(/^Amount/), { target: { value: '750.00' } });
    fireEvent.change(screen.getByLabelText(/Policy reference/), { target: { value: 'PAY-7' } });
    fireEvent.change(screen.getByLabelText(/Rationale/), {
      target: { value: 'Fee charged twice by mistake; refund both.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await settle();
    expect(api.requestApproval).toHaveBeenCalledWith('case-1', {
      kind: 'refund',
      amount: '750.00',
      currency: 'EUR',
      policyReference: 'PAY-7',
      rationale: 'Fee charged twice by mistake; refund both.',
    });
  });

  it('shows the timeline newest first', async () => {
    await openPanel({
      answers: {
        caseTimeline: () => ({
          items: [
            anAuditEntry({ id: 'a', summary: 'Created the case' }),
            anAuditEntry({ id: 'b', seq: 2, summary: 'Moved to In progress' }),
          ],
        }),
      },
    });
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Moved to In progress', 'Created the case']);
  });
});

describe('case panel: SLA timers', () => {
  it('colours each timer by state and counts down every 30 seconds without asking the server', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const now = Date.parse('2025-03-04T12:00:00.000Z');
    vi.setSystemTime(now);
    const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
    const { api } = await openPanel({
      timers: [
        aTimer({ timer: 'resolution', targetMinutes: 4800, dueAt: at(3 * 24 * 60) }),
        aTimer({ timer: 'triage', targetMinutes: 240, state: 'at_risk', dueAt: at(30) }),
        aTimer({
          timer: 'acknowledgement',
          targetMinutes: 480,
          state: 'breached',
          dueAt: at(-120),
        }),
        aTimer({
          timer: 'waiting_customer',
          running: false,
          paused: true,
          dueAt: null,
          remainingMinutes: 600,
        }),
      ],
    });
    const row = (name: string) => screen.getByText(name).closest('li') as HTMLElement;
    expect(row('Resolution').textContent).toContain('due in 3d 0h');
    expect(row('Resolution').textContent).toContain('On track');
    expect(row('Triage').textContent).toContain('due in 30m');
    expect(row('Triage').textContent).toContain('At risk');
    expect(row('Acknowledgement').textContent).toContain('overdue by 2h 0m');
    expect(row('Acknowledgement').textContent).toContain('Breached');
    expect(row('Waiting on customer').textContent).toContain('Paused');
    expect(row('Stage age').textContent).toMatch(/\d/);

    await act(async () => {
      vi.advanceTimersByTime(31 * 60_000);
    });
    expect(row('Triage').textContent).toContain('overdue by 1m');
    expect(row('Triage').textContent).toContain('Breached');
    expect(api.getCase).toHaveBeenCalledTimes(1);
  });
});
