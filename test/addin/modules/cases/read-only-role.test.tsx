// @vitest-environment jsdom
import '../../support/setup-dom';
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Action } from '../../../../shared/authz/permissions';
import { anEvidenceList } from '../../support/fixtures';
import { openCasePanel, settle } from './case-work-harness';

afterEach(cleanup);

const auditorActions: Action[] = ['client.lookup', 'client.brief', 'case.read', 'audit.read'];

async function openAs(actions: Action[]) {
  const opened = await openCasePanel({
    caseFields: { stage: 'in_progress' },
    answers: {
      caseEvidence: () =>
        anEvidenceList({
          checklist: [
            {
              key: 'id',
              label: 'Proof of identity',
              required: true,
              satisfied: false,
              satisfiedBy: [],
            },
          ],
        }),
      me: () => ({
        id: 'u-1',
        name: 'Someone',
        email: 'someone@bank.example',
        roles: [],
        team: null,
        actions,
      }),
    },
  });
  await act(async () => {
    await opened.store.getState().loadAllowedActions();
  });
  await settle();
  return opened;
}

describe('a role that may read a case but not change it', () => {
  it('sees the case and its trail, told it is read-only, with no action offered', async () => {
    await openAs(auditorActions);
    expect(screen.getByText(/Read-only: your role lets you see this case/)).toBeTruthy();
    for (const name of [/^Move to/, 'Assign to me', 'Reassign', 'Request approval', 'Close']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.queryByRole('button', { name: /^Mark as provided/ })).toBeNull();
    expect(screen.queryByLabelText('Internal note')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add follow-up' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Draft reply' })).toBeNull();
    expect(
      within(screen.getByRole('region', { name: 'Notes' })).getByText(/No notes yet/),
    ).toBeTruthy();
  });

  it('offers the actions to someone whose role allows them', async () => {
    await openAs([
      ...auditorActions,
      'case.update',
      'case.transition',
      'case.note',
      'evidence.add',
      'approval.request',
      'follow_up.manage',
      'case.draft',
    ]);
    expect(screen.queryByText(/Read-only/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Assign to me' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Request approval' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Mark as provided/ })).toBeTruthy();
    expect(screen.getByLabelText('Internal note')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add follow-up' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Draft reply' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Move to/ }).length).toBeGreaterThan(0);
  });
});
