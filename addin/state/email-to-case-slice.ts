import type { Case } from '../../shared/cases/case.schema';
import type { AttachmentInfo, MailboxItem } from '../../shared/mailbox/mailbox-item.schema';
import { ApiError } from '../api/api-error';
import { sourceEmailOf } from '../modules/cases/utils/case-draft-from-email';
import type { AnalyzeAnswer, CaselineApi } from '../api/caseline-api';
import type { AttachmentContent } from '../host/host';
import { idle, loading, ready, type Loadable } from './loadable';

/** Where one attachment of a new case is on its way to becoming evidence. */
export type UploadStatus = 'waiting' | 'reading' | 'uploading' | 'done' | 'failed';

export type AttachmentUpload = {
  attachment: AttachmentInfo;
  status: UploadStatus;
  error: string | null;
};

/** What a link or unlink came to; a failure carries the typed error for the form to show. */
export type LinkResult = { ok: true } | { ok: false; error: ApiError };

/** Reads an attachment's bytes from the host (Outlook or the demo workspace). */
export type AttachmentReader = (attachmentId: string) => Promise<AttachmentContent>;

export type EmailToCaseState = {
  /** Intake assist's suggestion for the selected email. */
  intake: Loadable<AnalyzeAnswer>;
  /** The attachments being added to cases this pane made, by case id. */
  uploads: Record<string, AttachmentUpload[]>;
  /** Asks intake assist about the selected email; a late answer for another email is dropped. */
  analyzeSelectedEmail: () => void;
  /** Reads the chosen attachments from the host, then uploads each as evidence of the case. */
  uploadAttachments: (caseId: string, chosen: AttachmentInfo[], read: AttachmentReader) => void;
  retryUpload: (caseId: string, attachmentId: string) => void;
  /** Cases to link the email to; undefined when the email changed before the answer came. */
  searchCasesToLink: (query: { q?: string; clientId?: string }) => Promise<Case[] | undefined>;
  /** Links the selected email to a case, then shows the email on it. */
  linkToCase: (caseId: string) => Promise<LinkResult>;
  /** Takes the selected email off a case, saying why. */
  unlinkFromCase: (caseId: string, linkId: string, reason: string) => Promise<LinkResult>;
};

/** What the slice needs from the store around it. */
type Store = {
  item: MailboxItem | null;
  selection: number;
  view: { name: string; caseId?: string };
  refreshLinkedCases: () => void;
  refreshCase: () => void;
} & EmailToCaseState;

type Set = (partial: Partial<EmailToCaseState>) => void;

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('bad_response', error instanceof Error ? error.message : String(error));
}

/** Turning an email into a case, its attachments into evidence, and linking it to cases. */
export function createEmailToCaseSlice(api: CaselineApi, set: Set, get: () => Store) {
  // Bytes already read stay here, so Retry after a failed upload does not ask the host again.
  const readers = new Map<string, AttachmentReader>();
  const contents = new Map<string, AttachmentContent>();

  function setUpload(caseId: string, attachmentId: string, patch: Partial<AttachmentUpload>) {
    const list = get().uploads[caseId] ?? [];
    set({
      uploads: {
        ...get().uploads,
        [caseId]: list.map((u) => (u.attachment.id === attachmentId ? { ...u, ...patch } : u)),
      },
    });
  }

  async function uploadOne(caseId: string, attachmentId: string) {
    const key = `${caseId}/${attachmentId}`;
    try {
      let content = contents.get(key);
      if (!content) {
        const read = readers.get(caseId);
        if (!read) throw new Error('The attachment can no longer be read');
        setUpload(caseId, attachmentId, { status: 'reading', error: null });
        content = await read(attachmentId);
        contents.set(key, content);
      }
      setUpload(caseId, attachmentId, { status: 'uploading', error: null });
      await api.uploadEvidenceFile(caseId, content);
      contents.delete(key);
      setUpload(caseId, attachmentId, { status: 'done', error: null });
      // The evidence list of the case on screen shows the new file.
      const view = get().view;
      if (view.name === 'case' && view.caseId === caseId) get().refreshCase();
    } catch (error) {
      setUpload(caseId, attachmentId, { status: 'failed', error: asApiError(error).message });
    }
  }

  return {
    intake: idle,
    uploads: {},

    analyzeSelectedEmail: () => {
      const { item, selection } = get();
      if (item?.kind !== 'message') return;
      set({ intake: loading });
      api
        .analyzeEmail({
          subject: item.subject,
          bodyText: item.bodyText.slice(0, 200_000),
          from: item.from,
          attachmentNames: item.attachments.map((a) => a.name).slice(0, 100),
          to: item.to.map((p) => p.email).slice(0, 100),
        })
        .then(
          (answer) => {
            if (get().selection === selection) set({ intake: ready(answer) });
          },
          (error: unknown) => {
            if (get().selection === selection)
              set({ intake: { status: 'error', error: asApiError(error) } });
          },
        );
    },

    uploadAttachments: (caseId, chosen, read) => {
      if (chosen.length === 0) return;
      readers.set(caseId, read);
      set({
        uploads: {
          ...get().uploads,
          [caseId]: chosen.map((attachment) => ({ attachment, status: 'waiting', error: null })),
        },
      });
      // Read every file first, while the email is surely still the selected item.
      void (async () => {
        for (const attachment of chosen) {
          const key = `${caseId}/${attachment.id}`;
          setUpload(caseId, attachment.id, { status: 'reading' });
          try {
            contents.set(key, await read(attachment.id));
          } catch {
            // uploadOne asks again and shows the failure with Retry.
          }
        }
        for (const attachment of chosen) await uploadOne(caseId, attachment.id);
      })();
    },

    retryUpload: (caseId, attachmentId) => void uploadOne(caseId, attachmentId),

    searchCasesToLink: async (query) => {
      const selection = get().selection;
      const page = await api.searchCases({ ...query, open: true, limit: 10 });
      return get().selection === selection ? page.items : undefined;
    },

    linkToCase: async (caseId) => {
      const item = get().item;
      if (item?.kind !== 'message')
        return { ok: false, error: new ApiError('bad_response', 'No email is selected') };
      try {
        await api.linkEmail(caseId, sourceEmailOf(item));
        get().refreshLinkedCases();
        return { ok: true };
      } catch (error) {
        return { ok: false, error: asApiError(error) };
      }
    },

    unlinkFromCase: async (caseId, linkId, reason) => {
      try {
        await api.unlinkEmail(caseId, linkId, reason);
        get().refreshLinkedCases();
        return { ok: true };
      } catch (error) {
        return { ok: false, error: asApiError(error) };
      }
    },
  } satisfies EmailToCaseState;
}
