// @vitest-environment jsdom
import '../../support/setup-dom';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../addin/api/api-error';
import { aFollowUp, openCasePanel, settle } from './case-work-harness';

afterEach(cleanup);

const region = () => screen.getByRole('region', { name: 'Follow-ups' });

describe('case follow-ups', () => {
  it('says when there are none', async () => {
    await openCasePanel();
    expect(within(region()).getByText('No follow-ups on this case.')).toBeTruthy();
  });

  it('marks the overdue ones and lists finished ones last, without Mark done', async () => {
    await openCasePanel({
      answers: {
        caseFollowUps: () => ({
          items: [
            aFollowUp({ id: 'a', title: 'Done already', status: 'done', dueDate: '2025-03-01' }),
            aFollowUp({ id: 'b', title: 'Call the client', overdue: true, dueInDays: -2 }),
            aFollowUp({ id: 'c', title: 'Send the letter' }),
          ],
        }),
      },
    });
    const items = within(within(region()).getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.firstChild?.firstChild?.textContent)).toEqual([
      'Call the client',
      'Send the letter',
      'Done already',
    ]);
    expect(within(items[0] as HTMLElement).getByText('Overdue')).toBeTruthy();
    expect(within(items[1] as HTMLElement).queryByText('Overdue')).toBeNull();
    expect(within(items[2] as HTMLElement).getByText('Done')).toBeTruthy();
    expect(within(items[2] as HTMLElement).queryByRole('button')).toBeNull();
  });

  it('adds a follow-up owned by the user unless they choose someone else', async () => {
    const { api } = await openCasePanel({
      answers: {
        addCaseFollowUp: (_id, input) => aFollowUp({ title: input.title }),
        caseAssignees: () => ({
          items: [{ id: 'user-grace', name: 'Grace Whitfield', teamLabel: null }],
        }),
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add follow-up' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await settle();
    expect(screen.getByText('A follow-up needs a title')).toBeTruthy();
    expect(api.addCaseFollowUp).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/What needs doing/), {
      target: { value: 'Send the refund letter' },
    });
    fireEvent.change(screen.getByLabelText(/Due date/), { target: { value: '2030-01-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await settle();
    expect(api.addCaseFollowUp).toHaveBeenCalledWith('case-1', {
      title: 'Send the refund letter',
      dueDate: '2030-01-15',
    });
    expect(api.caseFollowUps).toHaveBeenCalledTimes(2);

    fireEvent.click(screen.getByRole('button', { name: 'Add follow-up' }));
    await settle();
    fireEvent.change(screen.getByLabelText(/What needs doing/), {
      target: { value: 'Check the ledger' },
    });
    fireEvent.change(screen.getByLabelText(/Owner/, { selector: 'select' }), {
      target: { value: 'user-grace' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await settle();
    expect(api.addCaseFollowUp).toHaveBeenLastCalledWith(
      'case-1',
      expect.objectContaining({ title: 'Check the ledger', ownerId: 'user-grace' }),
    );
  });

  it('marks a follow-up done at the version shown', async () => {
    const { api } = await openCasePanel({
      answers: {
        caseFollowUps: () => ({ items: [aFollowUp({ id: 'fu-9', version: 4 })] }),
        updateFollowUp: (id) => aFollowUp({ id, status: 'done' }),
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Mark “Send the fee refund letter” done' }));
    await settle();
    expect(api.updateFollowUp).toHaveBeenCalledWith('fu-9', 4, { status: 'done' });
  });

  it('offers Retry when the follow-ups fail to load, and when marking done fails', async () => {
    const down = new ApiError('unreachable', 'Caseline cannot reach its server.');
    let calls = 0;
    const { api } = await openCasePanel({
      answers: {
        caseFollowUps: () => (calls++ === 0 ? Promise.reject(down) : { items: [aFollowUp()] }),
        updateFollowUp: () => Promise.reject(down),
      },
    });
    fireEvent.click(within(region()).getByRole('button', { name: 'Retry' }));
    await settle();
    expect(api.caseFollowUps).toHaveBeenCalledTimes(2);

    fireEvent.click(within(region()).getByRole('button', { name: /Mark .* done/ }));
    await settle();
    expect(within(region()).getByText('The follow-up was not marked done.')).toBeTruthy();
    fireEvent.click(within(region()).getByRole('button', { name: 'Retry' }));
    await settle();
    expect(api.updateFollowUp).toHaveBeenCalledTimes(2);
  });
});
