// @vitest-environment jsdom
import '../../support/setup-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftRestoredNote } from '../../../../addin/modules/ui/components/DraftRestoredNote';
import { usePersistentDraft } from '../../../../addin/modules/ui/hooks/usePersistentDraft';
import { draftKey } from '../../../../addin/state/drafts-storage';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const key = draftKey('u-1', 'case:cs-1', 'note');

/** A one-field form like the pane's: typing is kept, Save clears it. */
function NoteForm() {
  const draft = usePersistentDraft(key, { note: '' });
  return (
    <FluentProvider theme={webLightTheme}>
      {draft.restored ? <DraftRestoredNote onDiscard={draft.discard} /> : null}
      <label>
        Note
        <input
          value={draft.value.note}
          onChange={(e) => draft.setValue({ note: e.target.value })}
        />
      </label>
      <button onClick={draft.clear}>Save</button>
      <button onClick={() => draft.setValue({ note: 'Suggested' }, { remember: false })}>
        Suggest
      </button>
    </FluentProvider>
  );
}

describe('usePersistentDraft', { timeout: 30_000 }, () => {
  it('keeps what was typed through a reload, and says it was restored', () => {
    const first = render(<NoteForm />);
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Called the client' } });
    first.unmount();

    render(<NoteForm />);
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('Called the client');
    expect(screen.getByText(/Restored what you typed earlier/)).toBeTruthy();
  });

  it('forgets the draft once saved, so the next visit starts empty', () => {
    const first = render(<NoteForm />);
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Called the client' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    first.unmount();

    render(<NoteForm />);
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/Restored what you typed earlier/)).toBeNull();
  });

  it('leaves nothing behind for a form that was only opened, or typed back to empty', () => {
    const first = render(<NoteForm />);
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: '' } });
    first.unmount();
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('leaves no draft for a change the pane made itself, such as a suggestion', () => {
    render(<NoteForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Suggest' }));
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('Suggested');
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('puts the form back to empty when the user discards the restored draft', () => {
    localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), value: { note: 'Old' } }));
    render(<NoteForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect((screen.getByLabelText('Note') as HTMLInputElement).value).toBe('');
    expect(localStorage.getItem(key)).toBeNull();
  });
});
