/** Whether a resolution summary tells a reviewer what happened. */
export type ResolutionNoteVerdict = { ok: true } | { ok: false; reason: string };

// Notes that say only that something ended, not what was done or found.
const vaguePhrases = [
  'done',
  'ok',
  'okay',
  'all good',
  'sorted',
  'resolved',
  'fixed',
  'completed',
  'complete',
  'closed',
  'n/a',
  'na',
  'as above',
  'see above',
  'see notes',
  'no further action',
  'nfa',
  'dealt with',
  'actioned',
  'handled',
  'case closed',
  'issue resolved',
  'customer happy',
];

const minimumWords = 8;
const minimumCharacters = 40;

/** Refuses summaries like "done" or "all good", and any too short to tell a reviewer anything. */
export function checkResolutionNote(text: string | null | undefined): ResolutionNoteVerdict {
  const note = (text ?? '').trim();
  if (!note) return { ok: false, reason: 'Write what was done and what was found.' };
  const normalised = note
    .toLowerCase()
    .replace(/[.!\s]+$/g, '')
    .replace(/\s+/g, ' ');
  if (vaguePhrases.includes(normalised)) {
    return {
      ok: false,
      reason: `"${note}" does not say what was done. Describe the outcome and how it was reached.`,
    };
  }
  const words = normalised.split(' ').filter((w) => /[a-z0-9]/.test(w));
  if (words.length < minimumWords || note.length < minimumCharacters) {
    return {
      ok: false,
      reason: `Too short for a reviewer to follow: use at least ${minimumWords} words saying what was done and found.`,
    };
  }
  return { ok: true };
}
