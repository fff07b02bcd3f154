import { createStore } from 'zustand/vanilla';
import type { Action } from '../../shared/authz/permissions';
import type { Case, CreateCaseInput } from '../../shared/cases/case.schema';
import type { ClientBrief } from '../../shared/clients/brief.schema';
import type { ClientMatch } from '../../shared/clients/client.schema';
import type { LinkedCase } from '../../shared/emails/email-link.schema';
import type { MailboxItem, MessageItem } from '../../shared/mailbox/mailbox-item.schema';
import { ApiError } from '../api/api-error';
import type { CaselineApi } from '../api/caseline-api';
import { createCasePanelSlice, emptyCasePanel, type CasePanelState } from './case-panel-slice';
import {
  createMeetingSlice,
  emptyMeeting,
  type MeetingState,
} from '../modules/meetings/state/meeting-slice';
import { createEmailToCaseSlice, type EmailToCaseState } from './email-to-case-slice';
import { createDraftSlice, type DraftState } from '../modules/drafts/state/draft-slice';
import { createWorkSlice, type WorkState } from '../modules/work/state/work-slice';
import { idle, loading, ready, type Loadable } from './loadable';
import type { PaneTab } from './navigation';

export type PaneView =
  { name: 'overview' } | { name: 'create-case' } | { name: 'case'; caseId: string };

export type PaneState = {
  item: MailboxItem | null;
  /** Bumped on every selection; answers started under an older value are dropped. */
  selection: number;
  matches: Loadable<ClientMatch[]>;
  chosenClientId: string | null;
  brief: Loadable<ClientBrief>;
  linkedCases: Loadable<LinkedCase[]>;
  /** Cases this message is on that the user may not open: enough to say it is taken. */
  hiddenLinkedCases: number;
  view: PaneView;
  /** Which top-level view is on screen; a new selection or an opened case brings back the item. */
  tab: PaneTab;
  showTab: (tab: PaneTab) => void;
  /** The case this pane just created, so it can say so. */
  createdCaseId: string | null;
  /** What the user's roles allow, once known; null offers everything and lets the server refuse. */
  allowedActions: readonly Action[] | null;
  /** Asks the server what the user may do, so the pane offers only that. */
  loadAllowedActions: () => Promise<void>;
  selectItem: (item: MailboxItem | null) => void;
  chooseClient: (clientId: string) => void;
  reload: () => void;
  showOverview: () => void;
  showCreateCase: () => void;
  openCase: (caseId: string) => void;
  /** Asks again which cases the selected email is on, after a link or unlink. */
  refreshLinkedCases: () => void;
  /** Creates the case (or finds the one this email already made) and opens it. */
  createCase: (input: CreateCaseInput) => Promise<Case>;
} & CasePanelState &
  WorkState &
  MeetingState &
  EmailToCaseState &
  DraftState;

export type PaneStoreOptions = {
  /** The signed-in user's Caseline id, when the session knows it. */
  userId?: string | null;
};

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('bad_response', String(error));
}

/** Identifies the email for the links lookup. */
export function emailKey(item: MessageItem) {
  return {
    internetMessageId: item.internetMessageId,
    conversationId: item.conversationId || undefined,
  };
}

export function createPaneStore(api: CaselineApi, options: PaneStoreOptions = {}) {
  return createStore<PaneState>()((set, get) => {
    /** Runs a request and stores its answer only if the same item is still selected. */
    async function loadFor<T>(
      selection: number,
      key: 'matches' | 'brief' | 'linkedCases',
      request: () => Promise<T>,
      stillWanted: () => boolean = () => true,
    ): Promise<T | undefined> {
      set({ [key]: loading } as Partial<PaneState>);
      try {
        const data = await request();
        if (get().selection !== selection || !stillWanted()) return undefined;
        set({ [key]: ready(data) } as Partial<PaneState>);
        return data;
      } catch (error) {
        if (get().selection === selection && stillWanted())
          set({ [key]: { status: 'error', error: asApiError(error) } } as Partial<PaneState>);
        return undefined;
      }
    }

    async function loadLinks(selection: number, item: MessageItem): Promise<LinkedCase[]> {
      const result = await api.linkedCases(emailKey(item));
      if (get().selection === selection) set({ hiddenLinkedCases: result.hiddenMessageCases ?? 0 });
      return result.items;
    }

    async function loadBrief(selection: number, clientId: string) {
      await loadFor(selection, 'brief', () => api.clientBrief(clientId));
    }

    async function loadMessage(selection: number, item: MessageItem) {
      void loadFor(selection, 'linkedCases', () => loadLinks(selection, item));
      const matches = await loadFor(selection, 'matches', () =>
        api.matchClients(item.from.email).then((r) => r.items),
      );
      // One candidate is a match; several are for the user to choose between.
      const only = matches?.length === 1 ? matches[0] : undefined;
      if (only && get().selection === selection) {
        set({ chosenClientId: only.client.id });
        await loadBrief(selection, only.client.id);
      }
    }

    const casePanel = createCasePanelSlice(api, set, get, options.userId ?? null);

    return {
      ...casePanel,
      ...createMeetingSlice(api, set, get),
      ...createEmailToCaseSlice(api, set, get),
      ...createDraftSlice(api, get),
      ...createWorkSlice(api, set, get),
      tab: 'item',
      showTab: (tab) => set({ tab }),
      item: null,
      selection: 0,
      matches: idle,
      chosenClientId: null,
      brief: idle,
      linkedCases: idle,
      hiddenLinkedCases: 0,
      view: { name: 'overview' },
      createdCaseId: null,
      allowedActions: null,

      loadAllowedActions: async () => {
        try {
          set({ allowedActions: (await api.me()).actions });
        } catch {
          // Not knowing is safe: every action is still checked by the server, with a clear refusal.
        }
      },

      selectItem: (item) => {
        const selection = get().selection + 1;
        set({
          item,
          selection,
          matches: idle,
          chosenClientId: null,
          brief: idle,
          linkedCases: idle,
          hiddenLinkedCases: 0,
          view: { name: 'overview' },
          // The pinned pane follows the selected item, whatever view the user was in.
          tab: 'item',
          ...emptyCasePanel,
          ...emptyMeeting,
          createdCaseId: null,
          intake: idle,
        });
        if (item?.kind === 'message') void loadMessage(selection, item);
      },

      chooseClient: (clientId) => {
        set({ chosenClientId: clientId });
        void loadBrief(get().selection, clientId);
      },

      reload: () => {
        const { item, view } = get();
        get().selectItem(item);
        if (view.name === 'case') get().openCase(view.caseId);
      },

      showOverview: () => set({ view: { name: 'overview' }, ...emptyCasePanel }),
      showCreateCase: () => {
        set({ view: { name: 'create-case' } });
        // Suggestions load beside the form; they never hold it up.
        if (get().intake.status === 'idle' || get().intake.status === 'error')
          get().analyzeSelectedEmail();
      },

      refreshLinkedCases: () => {
        const { item, selection } = get();
        if (item?.kind === 'message')
          void loadFor(selection, 'linkedCases', () => loadLinks(selection, item));
      },

      openCase: (caseId) => {
        set({ view: { name: 'case', caseId }, tab: 'item', ...emptyCasePanel });
        // Only while this case is still the one on screen: a late answer for a case the user left is dropped.
        casePanel.loadCasePanel(caseId);
      },

      createCase: async (input) => {
        const selection = get().selection;
        const created = await api.createCase(input);
        if (get().selection === selection) {
          get().openCase(created.id);
          set({ createdCaseId: created.id });
          const item = get().item;
          if (item?.kind === 'message') {
            void loadFor(selection, 'linkedCases', () => loadLinks(selection, item));
          }
        }
        return created;
      },
    };
  });
}

export type PaneStore = ReturnType<typeof createPaneStore>;
