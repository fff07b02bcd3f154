// @vitest-environment jsdom
import '../../support/setup-dom';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../addin/api/api-error';
import type { FollowUp } from '../../../../shared/follow-ups/follow-up.schema';
import { aCase, aMessage, anApproval, anEvidenceList } from '../../support/fixtures';
import { forbidden, renderPane, settle } from './work-harness';

afterEach(cleanup);

async function openTab(name: string) {
  fireEvent.click(screen.getByRole('tab', { name }));
  await settle();
}

function aFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'fu-1',
    version: 1,
    clientId: 'client-northwind',
    caseId: null,
    interactionId: null,
    title: 'Call Priya back about the payment',
    ownerId: 'u-mg-grace',
    ownerName: 'Grace Whitfield',
    dueDate: '2025-03-03',
    status: 'open',
    closeCondition: null,
    createdBy: 'u-mg-grace',
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    completedAt: null,
    overdue: true,
    dueInDays: -2,
    ...overrides,
  };
}

describe('navigation', () => {
  it('hides the Queue tab from a role the server refuses the queue to', async () => {
    await renderPane({
      queueSummary: () => {
        throw forbidden();
      },
    });
    expect(screen.getAllByRole('tab')).toHaveLength(3);
    for (const name of ['This item', 'My work', 'Approvals'])
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Queue' })).toBeNull();
  });

  it('shows the Queue tab to a user the server gives a queue summary', async () => {
    await renderPane();
    expect(screen.getAllByRole('tab')).toHaveLength(4);
    expect(screen.getByRole('tab', { name: 'Queue' })).toBeTruthy();
  });

  it('goes back to This item when another mailbox item is selected', async () => {
    const { store } = await renderPane();
    await openTab('My work');
    expect(screen.getByRole('region', { name: 'My work' })).toBeTruthy();
    await act(async () => store.getState().selectItem(aMessage({ itemId: 'item-b' })));
    await settle();
    expect(screen.getByRole('tab', { name: 'This item' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.queryByRole('region', { name: 'My work' })).toBeNull();
  });
});

describe('My work', () => {
  it('asks for my open cases by SLA urgency and says when there are none', async () => {
    const { api } = await renderPane();
    await openTab('My work');
    expect(api.workCases).toHaveBeenCalledWith(
      expect.objectContaining({ ownerId: 'me', open: 'true', sort: 'sla' }),
    );
    expect(screen.getByText(/You have no open cases/)).toBeTruthy();
    expect(screen.getByText('You have no open follow-ups.')).toBeTruthy();
  });

  it('offers Retry when the cases fail to load, and shows them once they do', async () => {
    let fail = true;
    await renderPane({
      workCases: () => {
        if (fail) throw new ApiError('unreachable', 'Caseline cannot be reached.');
        return { items: [aCase({ reference: 'CASE-000042', slaState: 'breached' })] };
      },
    });
    await openTab('My work');
    expect(screen.getByText('Your cases could not be loaded.')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getAllByRole('button', { name: 'Retry' })[0] as HTMLElement);
    await settle();
    const list = screen.getByRole('list', { name: 'My open cases' });
    expect(within(list).getByText('CASE-000042')).toBeTruthy();
    expect(within(list).getByText('Breached')).toBeTruthy();
  });

  it('opens a case from its row on This item, and Back returns to the overview', async () => {
    const { api } = await renderPane({
      workCases: () => ({ items: [aCase({ id: 'case-9', reference: 'CASE-000009' })] }),
    });
    await openTab('My work');
    fireEvent.click(screen.getByRole('button', { name: 'Open case' }));
    await settle();
    expect(api.getCase).toHaveBeenCalledWith('case-9');
    expect(screen.getByRole('tab', { name: 'This item' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(screen.queryByRole('region', { name: 'My work' })).toBeNull();
    fireEvent.click(screen.getAllByRole('button', { name: 'Back' })[0] as HTMLElement);
    await settle();
    expect(screen.getByText(/Select an email or a meeting/)).toBeTruthy();
  });

  it('opens a case by clicking anywhere on its row', async () => {
    const { api } = await renderPane({
      workCases: () => ({ items: [aCase({ id: 'case-7', title: 'Card blocked abroad' })] }),
    });
    await openTab('My work');
    fireEvent.click(screen.getByText('Card blocked abroad'));
    await settle();
    expect(api.getCase).toHaveBeenCalledWith('case-7');
  });

  it('marks overdue follow-ups', async () => {
    await renderPane({ myFollowUps: () => ({ items: [aFollowUp()] }) });
    await openTab('My work');
    const list = screen.getByRole('list', { name: 'My follow-ups' });
    expect(within(list).getByText('Overdue')).toBeTruthy();
    expect(within(list).getByText(/2 days ago/)).toBeTruthy();
  });
});

describe('Queue', () => {
  it('shows each pile with its count and opens a case from a row', async () => {
    const { api } = await renderPane({
      queueSummary: () => ({
        buckets: [
          { bucket: 'needs_triage', count: 3 },
          { bucket: 'at_risk', count: 1 },
        ],
      }),
      workCases: (query) =>
        query.slaState
          ? { items: [aCase({ id: 'case-5', reference: 'CASE-000005' })] }
          : { items: [] },
    });
    await openTab('Queue');
    const queue = screen.getByRole('region', { name: 'Queue' });
    expect(within(queue).getByRole('button', { name: /Needs triage\s*3/ })).toBeTruthy();
    expect(api.workCases).toHaveBeenCalledWith(
      expect.objectContaining({ slaState: ['at_risk', 'breached'], open: 'true' }),
    );
    fireEvent.click(within(queue).getByRole('button', { name: 'Open case' }));
    await settle();
    expect(api.getCase).toHaveBeenCalledWith('case-5');
  });
});

describe('Approvals', () => {
  const pending = anApproval({ id: 'ap-7', caseId: 'case-3', caseReference: 'CASE-000003' });

  async function inbox(answers: Parameters<typeof renderPane>[0] = {}) {
    const rendered = await renderPane({
      listApprovals: (query) => ({ items: query.mine === 'decidable' ? [pending] : [] }),
      caseEvidence: () =>
        anEvidenceList({
          items: [
            {
              kind: 'note',
              id: 'ev-1',
              caseId: 'case-3',
              title: 'Statement showing the double charge',
              checklistKey: null,
              addedBy: 'user-sam',
              addedByName: 'Sam Okafor',
              addedAt: '2025-03-04T10:30:00.000Z',
              removedAt: null,
              removedBy: null,
              removalReason: null,
              version: 1,
              note: 'Both fees on 3 March.',
            },
          ],
        }),
      decideApproval: (id, input) => ({ ...pending, status: input.decision }),
      ...answers,
    });
    await openTab('Approvals');
    return rendered;
  }

  it('shows the request with its case and evidence', async () => {
    await inbox();
    const card = screen.getByRole('article', { name: 'Approval for CASE-000003' });
    expect(within(card).getByText('Fee charged twice by mistake; refund both.')).toBeTruthy();
    expect(within(card).getByText('Sam Okafor')).toBeTruthy();
    expect(within(card).getByText('Statement showing the double charge')).toBeTruthy();
  });

  it('will not reject without a note, then records the rejection with it and confirms', async () => {
    const { api } = await inbox();
    const card = screen.getByRole('article', { name: 'Approval for CASE-000003' });
    fireEvent.click(within(card).getByRole('button', { name: 'Reject' }));
    await settle();
    expect(api.decideApproval).not.toHaveBeenCalled();
    expect(within(card).getByText('Say why you reject the request.')).toBeTruthy();

    fireEvent.change(within(card).getByRole('textbox', { name: /Note/ }), {
      target: { value: 'No evidence of a second charge' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Reject' }));
    await settle();
    expect(api.decideApproval).toHaveBeenCalledWith('ap-7', {
      decision: 'rejected',
      note: 'No evidence of a second charge',
    });
    expect(screen.getByText('You rejected the request on CASE-000003.')).toBeTruthy();
    // The inbox is asked again: twice on opening, twice after the decision.
    expect(api.listApprovals).toHaveBeenCalledTimes(4);
  });

  it('approves without a note', async () => {
    const { api } = await inbox();
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await settle();
    expect(api.decideApproval).toHaveBeenCalledWith('ap-7', { decision: 'approved' });
  });

  it('shows my own request without decide buttons, saying why', async () => {
    const mine = anApproval({ id: 'ap-8', caseReference: 'CASE-000008', whyNot: undefined });
    await renderPane({
      listApprovals: (query) => ({ items: query.mine === 'requested' ? [mine] : [] }),
    });
    await openTab('Approvals');
    expect(screen.getByText('Nothing is waiting for your decision.')).toBeTruthy();
    const card = screen.getByRole('article', { name: 'Approval for CASE-000008' });
    expect(within(card).queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Reject' })).toBeNull();
    expect(within(card).getByText('You requested this; someone else must decide.')).toBeTruthy();
  });

  it('offers Retry when the inbox fails to load', async () => {
    let fail = true;
    const { api } = await renderPane({
      listApprovals: () => {
        if (fail) throw new ApiError('http', 'Something went wrong', 500);
        return { items: [] };
      },
    });
    await openTab('Approvals');
    expect(screen.getAllByText('Approvals could not be loaded.').length).toBe(2);
    fail = false;
    fireEvent.click(screen.getAllByRole('button', { name: 'Retry' })[0] as HTMLElement);
    await settle();
    expect(api.listApprovals).toHaveBeenCalledTimes(4);
    expect(screen.getByText('Nothing is waiting for your decision.')).toBeTruthy();
  });
});
