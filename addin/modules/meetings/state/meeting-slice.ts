import type { ClientBrief } from '../../../../shared/clients/brief.schema';
import type { ClientSummary } from '../../../../shared/clients/client.schema';
import type {
  ExtractMeetingNotesInput,
  MeetingNotesExtraction,
} from '../../../../shared/intake/meeting-notes.schema';
import type {
  Interaction,
  RecordInteractionInput,
} from '../../../../shared/interactions/interaction.schema';
import type { ManagedUser } from '../../../../shared/users/user.schema';
import { ApiError } from '../../../api/api-error';
import type { CaselineApi } from '../../../api/caseline-api';
import { idle, loading, ready, type Loadable } from '../../../state/loadable';

/** A client found among a meeting's attendees, with the attendees that led to it. */
export type MeetingClient = { client: ClientSummary; attendees: string[] };

/** Who is in a meeting, as far as Caseline can tell. */
export type MeetingAttendance = {
  clients: MeetingClient[];
  /** External attendees that are no contact of a client the user can see. */
  unmatched: string[];
  /** False when every attendee is from the user's own organisation. */
  anyExternal: boolean;
};

export type MeetingPerson = { name: string; email: string };

/** A change's outcome; a stale one (the user moved to another item) is `dropped`. */
export type MeetingResult<T> =
  { ok: true; data: T } | { ok: false; error: ApiError } | { ok: false; dropped: true };

export type MeetingState = {
  attendance: Loadable<MeetingAttendance>;
  meetingBriefs: Record<string, Loadable<ClientBrief>>;
  /** Users who may own a follow-up; only the user themself when the list is not theirs to see. */
  owners: ManagedUser[] | null;
  loadMeeting: (attendees: MeetingPerson[], ownDomain: string) => void;
  loadMeetingBrief: (clientId: string) => void;
  loadOwners: () => void;
  extractNotes: (input: ExtractMeetingNotesInput) => Promise<MeetingResult<MeetingNotesExtraction>>;
  recordMeeting: (
    clientId: string,
    input: RecordInteractionInput,
  ) => Promise<MeetingResult<Interaction>>;
};

export const emptyMeeting = { attendance: idle, meetingBriefs: {} } as const;

type Host = { selection: number } & MeetingState;
type Set = (partial: Partial<MeetingState>) => void;

const domainOf = (email: string) => email.split('@')[1]?.trim().toLowerCase() ?? '';
const asApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError('bad_response', String(error));

/** Matches each external attendee to clients, one client listed once with everyone who led to it. */
async function resolveAttendance(
  api: CaselineApi,
  attendees: MeetingPerson[],
  ownDomain: string,
): Promise<MeetingAttendance> {
  const seen = new Set<string>();
  const external = attendees.filter((a) => {
    const email = a.email.trim().toLowerCase();
    if (!email || seen.has(email) || domainOf(email) === ownDomain) return false;
    seen.add(email);
    return true;
  });
  const answers = await Promise.all(external.map((a) => api.matchClients(a.email)));
  const byClient = new Map<string, MeetingClient>();
  const unmatched: string[] = [];
  answers.forEach((answer, i) => {
    const person = external[i];
    if (!person) return;
    if (answer.items.length === 0) unmatched.push(person.name || person.email);
    for (const match of answer.items) {
      const entry = byClient.get(match.client.id) ?? { client: match.client, attendees: [] };
      entry.attendees.push(person.name || person.email);
      byClient.set(match.client.id, entry);
    }
  });
  return { clients: [...byClient.values()], unmatched, anyExternal: external.length > 0 };
}

/** The meeting flow's state; an answer for an appointment no longer selected is dropped. */
export function createMeetingSlice(api: CaselineApi, set: Set, get: () => Host) {
  /** Runs a request and reports it dropped if the selection moved on meanwhile. */
  async function guarded<T>(request: () => Promise<T>): Promise<MeetingResult<T>> {
    const selection = get().selection;
    try {
      const data = await request();
      return get().selection === selection ? { ok: true, data } : { ok: false, dropped: true };
    } catch (error) {
      return get().selection === selection
        ? { ok: false, error: asApiError(error) }
        : { ok: false, dropped: true };
    }
  }

  return {
    ...emptyMeeting,
    owners: null,
    loadMeeting: (attendees: MeetingPerson[], ownDomain: string) => {
      set({ attendance: loading, meetingBriefs: {} });
      void guarded(() => resolveAttendance(api, attendees, ownDomain)).then((result) => {
        if (result.ok) set({ attendance: ready(result.data) });
        else if ('error' in result) set({ attendance: { status: 'error', error: result.error } });
      });
    },
    loadMeetingBrief: (clientId: string) => {
      set({ meetingBriefs: { ...get().meetingBriefs, [clientId]: loading } });
      void guarded(() => api.clientBrief(clientId)).then((result) => {
        if ('dropped' in result) return;
        const brief: Loadable<ClientBrief> = result.ok
          ? ready(result.data)
          : { status: 'error', error: result.error };
        set({ meetingBriefs: { ...get().meetingBriefs, [clientId]: brief } });
      });
    },
    loadOwners: () => {
      if (get().owners) return;
      void api.listUsers().then(
        (list) => set({ owners: list.items }),
        // Only administrators may list users; everyone else owns their own promises.
        () => set({ owners: [] }),
      );
    },
    extractNotes: (input: ExtractMeetingNotesInput) =>
      guarded(() => api.extractMeetingNotes(input)),
    recordMeeting: async (clientId: string, input: RecordInteractionInput) => {
      const result = await guarded(() => api.recordInteraction(clientId, input));
      // The brief's open items now include the follow-ups just promised.
      if (result.ok) get().loadMeetingBrief(clientId);
      return result;
    },
  };
}
