// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearDraft,
  draftKey,
  hasDraft,
  readDraft,
  restoreDraft,
  writeDraft,
} from '../../../addin/state/drafts-storage';

afterEach(() => localStorage.clear());

describe('drafts storage', () => {
  it('keeps a draft per user, object and form', () => {
    const mine = draftKey('u-1', 'case:cs-1', 'resolve');
    const theirs = draftKey('u-2', 'case:cs-1', 'resolve');
    writeDraft(mine, { summary: 'Refunded the fee' });
    expect(readDraft(mine)).toEqual({ summary: 'Refunded the fee' });
    expect(hasDraft(theirs)).toBe(false);
    clearDraft(mine);
    expect(hasDraft(mine)).toBe(false);
  });

  it('drops a draft nobody came back to for two weeks, and one that is not JSON', () => {
    const key = draftKey('u-1', 'case:cs-1', 'resolve');
    const written = Date.parse('2026-01-01T00:00:00Z');
    writeDraft(key, 'old text', written);
    expect(readDraft(key, written + 13 * 86_400_000)).toBe('old text');
    expect(readDraft(key, written + 15 * 86_400_000)).toBeUndefined();
    expect(localStorage.getItem(key)).toBeNull();

    localStorage.setItem(key, '{not json');
    expect(readDraft(key)).toBeUndefined();
  });

  it('restores only the typed fields the form still has, each of the same type', () => {
    const initial = { title: 'From subject', amount: '', urgent: false, source: { id: 'm-1' } };
    const stored = {
      title: 'My own title',
      amount: 12,
      urgent: true,
      gone: 'field of an older form',
      source: { id: 'someone else' },
    };
    expect(restoreDraft(initial, stored)).toEqual({
      title: 'My own title',
      amount: '',
      urgent: true,
      source: { id: 'm-1' },
    });
    expect(restoreDraft('start', 'typed')).toBe('typed');
    expect(restoreDraft('start', 3)).toBe('start');
    expect(restoreDraft({ a: '' }, 'not an object')).toEqual({ a: '' });
  });
});
