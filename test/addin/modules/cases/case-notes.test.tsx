// @vitest-environment jsdom
import '../../support/setup-dom';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../addin/api/api-error';
import { aNote, openCasePanel, settle } from './case-work-harness';

afterEach(cleanup);

const notesRegion = () => screen.getByRole('region', { name: 'Notes' });
const noteBox = () => within(notesRegion()).getByLabelText('Internal note');

describe('case notes', () => {
  it('says there are none yet, and lists them newest first with author and time', async () => {
    await openCasePanel();
    expect(within(notesRegion()).getByText(/No notes yet/)).toBeTruthy();
    cleanup();

    await openCasePanel({
      answers: {
        caseNotes: () => ({
          items: [
            aNote({ id: 'n2', body: 'Asked payments for the fee ledger.' }),
            aNote({ id: 'n1', body: 'Called the client.', authorName: 'Grace Whitfield' }),
          ],
        }),
      },
    });
    const items = within(within(notesRegion()).getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.firstChild?.textContent)).toEqual([
      'Asked payments for the fee ledger.',
      'Called the client.',
    ]);
    expect(items[1]?.textContent).toContain('Grace Whitfield');
  });

  it('will not send a blank note, and sends a written one trimmed, then reloads notes and timeline', async () => {
    const { api } = await openCasePanel({
      answers: { addCaseNote: (caseId, input) => aNote({ caseId, body: input.body }) },
    });
    fireEvent.change(noteBox(), { target: { value: '   ' } });
    fireEvent.click(within(notesRegion()).getByRole('button', { name: 'Add note' }));
    await settle();
    expect(screen.getByText('Write the note first')).toBeTruthy();
    expect(api.addCaseNote).not.toHaveBeenCalled();

    fireEvent.change(noteBox(), { target: { value: '  Refund agreed with payments.  ' } });
    expect(screen.queryByText('Write the note first')).toBeNull();
    fireEvent.click(within(notesRegion()).getByRole('button', { name: 'Add note' }));
    await settle();
    expect(api.addCaseNote).toHaveBeenCalledWith('case-1', {
      body: 'Refund agreed with payments.',
    });
    expect((noteBox() as HTMLTextAreaElement).value).toBe('');
    expect(api.caseNotes).toHaveBeenCalledTimes(2);
    expect(api.caseTimeline).toHaveBeenCalledTimes(2);
  });

  it('keeps the words and shows the server’s reason when the note is refused', async () => {
    const forbidden = new ApiError('http', 'Your role does not allow this', 403, 'forbidden');
    await openCasePanel({ answers: { addCaseNote: () => Promise.reject(forbidden) } });
    fireEvent.change(noteBox(), { target: { value: 'Auditor remark' } });
    fireEvent.click(within(notesRegion()).getByRole('button', { name: 'Add note' }));
    await settle();
    expect(screen.getByText('The note was not added.')).toBeTruthy();
    expect(screen.getByText('Your role does not allow this')).toBeTruthy();
    expect((noteBox() as HTMLTextAreaElement).value).toBe('Auditor remark');
  });

  it('offers Retry when the notes fail to load', async () => {
    const down = new ApiError('unreachable', 'Caseline cannot reach its server.');
    let calls = 0;
    const { api } = await openCasePanel({
      answers: { caseNotes: () => (calls++ === 0 ? Promise.reject(down) : { items: [] }) },
    });
    fireEvent.click(within(notesRegion()).getByRole('button', { name: 'Retry' }));
    await settle();
    expect(api.caseNotes).toHaveBeenCalledTimes(2);
    expect(within(notesRegion()).getByText(/No notes yet/)).toBeTruthy();
  });

  it('appends older notes a page at a time', async () => {
    const { api } = await openCasePanel({
      answers: {
        caseNotes: (_id, cursor) =>
          cursor
            ? { items: [aNote({ id: 'n1', body: 'The oldest note' })] }
            : { items: [aNote({ id: 'n2', body: 'The newest note' })], nextCursor: 'c-1' },
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Show older notes' }));
    await settle();
    expect(api.caseNotes).toHaveBeenLastCalledWith('case-1', 'c-1');
    expect(screen.getByText('The newest note')).toBeTruthy();
    expect(screen.getByText('The oldest note')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show older notes' })).toBeNull();
  });

  it('drops notes that arrive for a case the user has left', async () => {
    const { store, call } = await openCasePanel({ answers: { caseNotes: undefined } });
    await act(async () => {
      store.getState().showOverview();
      store.getState().openCase('case-2');
    });
    call('caseNotes', 0).resolve({ items: [aNote({ body: 'A note on case 1' })] });
    await settle();
    expect(store.getState().notes.status).toBe('loading');
    call('caseNotes', 1).resolve({ items: [] });
    await settle();
    expect(store.getState().notes).toEqual({ status: 'ready', data: { items: [] } });
  });
});
