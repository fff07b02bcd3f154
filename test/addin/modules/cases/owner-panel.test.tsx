// @vitest-environment jsdom
import '../../support/setup-dom';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../addin/api/api-error';
import { aCaseDetail } from '../../support/fixtures';
import { openCasePanel, settle } from './case-work-harness';

afterEach(cleanup);

const ownerRegion = () => screen.getByRole('region', { name: 'Owner and queue' });

const people = {
  items: [
    { id: 'user-grace', name: 'Grace Whitfield', teamLabel: 'Service operations' },
    { id: 'user-me', name: 'Sam Okafor', teamLabel: 'Service operations' },
  ],
};

describe('owner and queue', () => {
  it('shows who has the case and its queue', async () => {
    await openCasePanel({ caseFields: { ownerId: 'user-tom', ownerName: 'Tom Okafor' } });
    const region = within(ownerRegion());
    expect(region.getByText('Tom Okafor')).toBeTruthy();
    expect(region.getByText('payments-ops')).toBeTruthy();
  });

  it('Assign to me sends the version the user saw, then shows the case as theirs', async () => {
    let owner: string | null = null;
    const { api } = await openCasePanel({
      caseFields: { ownerId: null, ownerName: null, version: 6 },
      answers: {
        getCase: (id) =>
          aCaseDetail({
            id,
            version: owner ? 7 : 6,
            ownerId: owner,
            ownerName: owner ? 'Sam Okafor' : null,
          }),
        updateCase: (id, _version, patch) => {
          owner = patch.ownerId ?? null;
          return aCaseDetail({ id, ownerId: owner, version: 7 });
        },
      },
    });
    expect(within(ownerRegion()).getByText('Unassigned')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Assign to me' }));
    await settle();
    expect(api.updateCase).toHaveBeenCalledWith('case-1', 6, { ownerId: 'user-me' });
    expect(within(ownerRegion()).getByText('Sam Okafor (you)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Assign to me' })).toBeNull();
  });

  it('reassigns to someone the server offers, leaving out the current owner', async () => {
    const { api } = await openCasePanel({
      caseFields: { ownerId: 'user-me', ownerName: 'Sam Okafor', version: 2 },
      answers: { caseAssignees: () => people, updateCase: (id) => aCaseDetail({ id }) },
    });
    expect(screen.queryByRole('button', { name: 'Assign to me' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reassign' }));
    await settle();
    expect(api.caseAssignees).toHaveBeenCalledWith('case-1');
    const choice = screen.getByLabelText(/New owner/);
    const options = within(choice)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Choose who takes the case', 'Grace Whitfield · Service operations']);

    fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
    // Once as the empty choice, once as the field's complaint.
    expect(screen.getAllByText('Choose who takes the case')).toHaveLength(2);
    expect(api.updateCase).not.toHaveBeenCalled();

    fireEvent.change(choice, { target: { value: 'user-grace' } });
    fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
    await settle();
    expect(api.updateCase).toHaveBeenCalledWith('case-1', 2, { ownerId: 'user-grace' });
  });

  it('shows the server’s reason when it refuses the new owner', async () => {
    const refused = new ApiError(
      'http',
      'Amelia Hart cannot work this case',
      400,
      'validation_failed',
      { issues: [{ path: 'ownerId', message: 'This person may not own this case' }] },
    );
    await openCasePanel({
      answers: {
        caseAssignees: () => people,
        updateCase: () => Promise.reject(refused),
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reassign' }));
    await settle();
    fireEvent.change(screen.getByLabelText(/New owner/), { target: { value: 'user-grace' } });
    fireEvent.click(screen.getByRole('button', { name: 'Assign' }));
    await settle();
    expect(screen.getByText('The case was not reassigned.')).toBeTruthy();
    expect(screen.getByText('Amelia Hart cannot work this case')).toBeTruthy();
  });

  it('offers Retry when the people to choose from fail to load', async () => {
    const down = new ApiError('unreachable', 'Caseline cannot reach its server.');
    let calls = 0;
    const { api } = await openCasePanel({
      answers: {
        caseAssignees: () => (calls++ === 0 ? Promise.reject(down) : people),
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reassign' }));
    await settle();
    fireEvent.click(within(ownerRegion()).getByRole('button', { name: 'Retry' }));
    await settle();
    expect(api.caseAssignees).toHaveBeenCalledTimes(2);
    expect(screen.getByLabelText(/New owner/)).toBeTruthy();
  });
});
