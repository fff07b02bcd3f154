import type { MeetingNotesExtraction } from '../../../../shared/intake/meeting-notes.schema';
import type {
  Participant,
  RecordInteractionInput,
} from '../../../../shared/interactions/interaction.schema';
import type { AppointmentItem } from '../../../../shared/mailbox/mailbox-item.schema';

/** One line of asks or decisions; `suggested` until the user changes it. */
export type DraftLine = { key: string; text: string; suggested: boolean };
/** One promise; `ownerId` empty means the user recording it. */
export type DraftPromise = DraftLine & {
  ownerId: string;
  dueDate: string;
  ownerHint: string | null;
};

export type MeetingDraft = {
  clientId: string;
  purpose: string;
  notes: string;
  asks: DraftLine[];
  decisions: DraftLine[];
  promises: DraftPromise[];
  sensitive: boolean;
};

/** Field path → message, for the fields that stop the record being saved. */
export type DraftErrors = Record<string, string>;

let counter = 0;
export const newKey = () => `line-${++counter}`;

export function emptyDraft(item: AppointmentItem, clientId: string): MeetingDraft {
  return {
    clientId,
    purpose: item.subject,
    notes: '',
    asks: [],
    decisions: [],
    promises: [],
    sensitive: false,
  };
}

/** Adds the extraction as suggestions, replacing earlier suggestions the user has not touched. */
export function withSuggestions(
  draft: MeetingDraft,
  found: MeetingNotesExtraction,
  ownerIdFor: (hint: string) => string,
): MeetingDraft {
  const line = (text: string): DraftLine => ({ key: newKey(), text, suggested: true });
  const keep = <T extends DraftLine>(lines: T[]) => lines.filter((l) => !l.suggested);
  return {
    ...draft,
    asks: [...keep(draft.asks), ...found.asks.map((a) => line(a.text))],
    decisions: [...keep(draft.decisions), ...found.decisions.map((d) => line(d.text))],
    promises: [
      ...keep(draft.promises),
      ...found.promises.map((p) => ({
        ...line(p.text),
        ownerId: ownerIdFor(p.ownerHint),
        dueDate: p.dueDate ?? '',
        ownerHint: p.ownerHint,
      })),
    ],
  };
}

/** What must be fixed before saving; empty when the draft can be saved. */
export function validateDraft(
  draft: MeetingDraft,
  messages: {
    purposeRequired: string;
    textRequired: string;
    dueRequired: string;
  },
): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.purpose.trim()) errors.purpose = messages.purposeRequired;
  for (const kind of ['asks', 'decisions', 'promises'] as const)
    draft[kind].forEach((l, i) => {
      if (!l.text.trim()) errors[`${kind}.${i}.text`] = messages.textRequired;
    });
  draft.promises.forEach((p, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.dueDate))
      errors[`promises.${i}.dueDate`] = messages.dueRequired;
  });
  return errors;
}

/** The body of `POST /api/clients/:id/interactions` for the draft. */
export function toRecordInput(
  draft: MeetingDraft,
  item: AppointmentItem,
  ownDomain: string,
): RecordInteractionInput {
  const people = [item.organizer, ...item.requiredAttendees, ...item.optionalAttendees];
  const seen = new Set<string>();
  const participants: Participant[] = [];
  for (const p of people) {
    const email = p.email.trim().toLowerCase();
    if (!email || seen.has(email)) continue;
    seen.add(email);
    participants.push({
      name: p.name.trim() || email,
      email,
      internal: email.split('@')[1] === ownDomain,
    });
  }
  return {
    kind: 'meeting',
    occurredAt: item.start,
    purpose: draft.purpose.trim(),
    notes: draft.notes,
    participants,
    asks: draft.asks.map((a) => a.text.trim()),
    decisions: draft.decisions.map((d) => d.text.trim()),
    sensitive: draft.sensitive,
    sourceItemId: item.itemId,
    promises: draft.promises.map((p) => ({
      title: p.text.trim().slice(0, 300),
      dueDate: p.dueDate,
      ...(p.ownerId ? { ownerId: p.ownerId } : {}),
    })),
  };
}
