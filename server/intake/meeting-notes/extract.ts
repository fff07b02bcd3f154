import type {
  ExtractMeetingNotesInput,
  MeetingNotesExtraction,
  OwnerHint,
} from '../../../shared/intake/meeting-notes.schema';
import { classifyStatement } from './classify-statement';
import { meetingDayOf, resolveDueDate } from './due-dates';
import { segment } from './segment';

type Attendee = NonNullable<ExtractMeetingNotesInput['attendees']>[number];

/** A first name or initials in the notes, widened to the one attendee it fits. */
function widenOwner(owner: OwnerHint, attendees: Attendee[]): OwnerHint {
  if (owner === 'us' || owner === 'client') return owner;
  const wanted = owner.toLowerCase();
  const fits = attendees.filter((a) => {
    const parts = a.name.trim().split(/\s+/);
    const initials = parts.map((p) => p[0] ?? '').join('');
    return (
      parts[0]?.toLowerCase() === wanted ||
      a.name.toLowerCase() === wanted ||
      initials.toLowerCase() === wanted
    );
  });
  return fits.length === 1 && fits[0] ? fits[0].name : owner;
}

const cleanText = (text: string) =>
  text
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.;,]+$/, '')
    .trim();

/**
 * Promises, asks and decisions in meeting notes, found by rules with no network and no model.
 * Each is a suggestion for the Record meeting form; a person accepts, edits or removes it.
 */
export function extractMeetingNotes(input: ExtractMeetingNotesInput): MeetingNotesExtraction {
  const day = meetingDayOf(input.meetingDate);
  const result: MeetingNotesExtraction = { promises: [], asks: [], decisions: [] };
  for (const statement of segment(input.notes)) {
    const classified = classifyStatement(statement);
    if (!classified) continue;
    const text = cleanText(statement.text);
    result[classified.kind].push({
      text,
      ownerHint: widenOwner(classified.ownerHint, input.attendees ?? []),
      ...resolveDueDate(text, day),
    });
  }
  return result;
}
