import { useCallback, useEffect, useRef, useState, type SetStateAction } from 'react';
import { clearDraft, readDraft, restoreDraft, writeDraft } from '../../../state/drafts-storage';

export type PersistentDraft<T> = {
  value: T;
  /**
   * Like useState's setter; each change is kept in the browser until `clear` or `discard`.
   * `{ remember: false }` is for changes the pane makes itself (a suggestion filled in): on
   * their own they leave no draft behind.
   */
  setValue: (next: SetStateAction<T>, options?: { remember?: boolean }) => void;
  /** True when the form opened with text kept from an earlier visit. */
  restored: boolean;
  /** Forgets the kept draft, leaving the form as it is: call it once the form has saved. */
  clear: () => void;
  /** Forgets the kept draft and puts the form back to its starting value. */
  discard: () => void;
};

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * useState for a form's typed text that survives a reload until it is saved. Build `key` with
 * `draftKey(userId, scope, form)`; it must stay the same for the component's life (give the
 * component a React key to switch). A draft equal to the starting value is not kept.
 */
export function usePersistentDraft<T>(key: string, initial: T | (() => T)): PersistentDraft<T> {
  const [start] = useState<T>(initial);
  const [stored] = useState(() => readDraft(key));
  const [value, setState] = useState<T>(() => restoreDraft(start, stored));
  const [restored, setRestored] = useState(
    () => stored !== undefined && !sameValue(restoreDraft(start, stored), start),
  );
  // Only what the user changed is written; a form that is merely shown leaves no draft behind.
  const touched = useRef(false);

  useEffect(() => {
    if (!touched.current) return;
    if (sameValue(value, start)) clearDraft(key);
    else writeDraft(key, value);
  }, [key, start, value]);

  // Stable across renders, like useState's own setter, so effects may depend on them.
  const setValue = useCallback((next: SetStateAction<T>, options?: { remember?: boolean }) => {
    if (options?.remember !== false) touched.current = true;
    setState(next);
  }, []);
  const clear = useCallback(() => {
    touched.current = false;
    clearDraft(key);
    setRestored(false);
  }, [key]);
  const discard = useCallback(() => {
    clear();
    setState(start);
  }, [clear, start]);

  return { value, restored, setValue, clear, discard };
}
