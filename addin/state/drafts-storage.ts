// Unsaved form text kept in the browser's storage, so a reload or a lost connection loses none
// of it. Entries are per user and per object; they are removed once the form saves.

const prefix = 'caseline:draft:';
/** A draft nobody came back to for this long is dropped rather than restored. */
const maxAgeMs = 14 * 24 * 60 * 60 * 1000;

type StoredDraft = { savedAt: number; value: unknown };

/** Where a draft lives: one user, one object (an email or a case), one form. */
export function draftKey(userId: string | null, scope: string, form: string): string {
  // Sessions that do not know the user's id share the browser profile's one signed-in user.
  return `${prefix}${userId ?? 'me'}:${scope}:${form}`;
}

// Storage can be missing or refuse writes (private windows, full quota, strict hosts); a draft
// that cannot be kept must never break the form, so every access is guarded.
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readDraft(key: string, now = Date.now()): unknown {
  const raw = storage()?.getItem(key);
  if (!raw) return undefined;
  try {
    const stored = JSON.parse(raw) as Partial<StoredDraft>;
    if (typeof stored.savedAt !== 'number' || now - stored.savedAt > maxAgeMs) {
      clearDraft(key);
      return undefined;
    }
    return stored.value;
  } catch {
    clearDraft(key);
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown, now = Date.now()): void {
  try {
    storage()?.setItem(key, JSON.stringify({ savedAt: now, value } satisfies StoredDraft));
  } catch {
    // Full or refused: the form keeps working from memory.
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing kept, nothing to remove.
  }
}

export function hasDraft(key: string): boolean {
  return readDraft(key) !== undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isTyped = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v);

/**
 * The stored draft laid over the form's starting value: only the typed fields (text, numbers,
 * switches) the form still has, each of the same type, so a draft from an older version of the
 * form cannot put nonsense on screen. Nested values always come from the starting value.
 */
export function restoreDraft<T>(initial: T, stored: unknown): T {
  if (stored === undefined) return initial;
  if (isPlainObject(initial)) {
    if (!isPlainObject(stored)) return initial;
    const merged: Record<string, unknown> = { ...initial };
    for (const [field, value] of Object.entries(initial)) {
      const kept = stored[field];
      if (isTyped(value) && typeof kept === typeof value) merged[field] = kept;
    }
    return merged as T;
  }
  return typeof stored === typeof initial ? (stored as T) : initial;
}
