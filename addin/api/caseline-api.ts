import { CurrentUserSchema } from '../../shared/authz/current-user.schema';
import {
  ApprovalPageSchema,
  ApprovalSchema,
  type RequestApprovalInput,
} from '../../shared/approvals/approval.schema';
import { AuditTimelineSchema } from '../../shared/audit/audit.schema';
import type { TransitionInput, UpdateCaseInput } from '../../shared/cases/case-commands.schema';
import { AssigneeListSchema } from '../../shared/cases/case-assignment.schema';
import { CaseDetailSchema } from '../../shared/cases/case-detail.schema';
import {
  CasePageSchema,
  CaseSchema,
  type CreateCaseInput,
  type SourceEmail,
} from '../../shared/cases/case.schema';
import { ClientBriefSchema } from '../../shared/clients/brief.schema';
import { ClientMatchListSchema, ClientPageSchema } from '../../shared/clients/client.schema';
import {
  EmailLinkSchema,
  LinkedCaseListSchema,
  UnlinkedEmailLinkSchema,
} from '../../shared/emails/email-link.schema';
import {
  AnalyzeEmailResultSchema,
  type AnalyzeEmailInput,
} from '../../shared/intake/intake.schema';
import {
  FollowUpPageSchema,
  FollowUpSchema,
  type CreateFollowUpInput,
  type UpdateFollowUpInput,
} from '../../shared/follow-ups/follow-up.schema';
import {
  CaseNotePageSchema,
  CaseNoteSchema,
  type AddCaseNoteInput,
} from '../../shared/notes/case-note.schema';
import {
  EvidenceItemSchema,
  EvidenceListSchema,
  type AddEvidenceInput,
} from '../../shared/evidence/evidence.schema';
import type { z } from 'zod';
import { PreparedReplySchema, type DraftPurpose } from '../../shared/drafts/draft.schema';
import {
  MeetingNotesExtractionSchema,
  type ExtractMeetingNotesInput,
} from '../../shared/intake/meeting-notes.schema';
import {
  InteractionSchema,
  type RecordInteractionInput,
} from '../../shared/interactions/interaction.schema';
import { ManagedUserListSchema } from '../../shared/users/user.schema';
import { QueueSummarySchema } from '../../shared/queue/queue.schema';
import type { ApprovalListQuery, DecisionInput } from '../../shared/approvals/approval.schema';
import type { CaseSearchQuery } from '../../shared/cases/case.schema';
import type { HttpClient } from './http-client';

const casePath = (id: string, rest = '') => `/api/cases/${encodeURIComponent(id)}${rest}`;

/** The ETag of the version the user saw; the server answers 412 if the case moved on since. */
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** The Caseline API as the pane uses it; every answer is checked against the shared schemas. */
export function createCaselineApi(http: HttpClient) {
  return {
    ...emailToCaseCalls(http),
    matchClients: (email: string) =>
      http.send(ClientMatchListSchema, { url: '/api/clients/match', params: { email } }),
    searchClients: (query: string) =>
      http.send(ClientPageSchema, { url: '/api/clients', params: { query, limit: 10 } }),
    clientBrief: (clientId: string) =>
      http.send(ClientBriefSchema, { url: `/api/clients/${encodeURIComponent(clientId)}/brief` }),
    linkedCases: (email: { internetMessageId: string; conversationId?: string }) =>
      http.send(LinkedCaseListSchema, { url: '/api/emails/links', params: email }),
    createCase: (input: CreateCaseInput) =>
      http.send(CaseSchema, { url: '/api/cases', method: 'POST', data: input }),
    getCase: (id: string) => http.send(CaseDetailSchema, { url: casePath(id) }),
    updateCase: (id: string, version: number, patch: UpdateCaseInput) =>
      http.send(CaseSchema, {
        url: casePath(id),
        method: 'PATCH',
        data: patch,
        headers: ifMatch(version),
      }),
    transitionCase: (id: string, version: number, input: TransitionInput) =>
      http.send(CaseSchema, {
        url: casePath(id, '/transitions'),
        method: 'POST',
        data: input,
        headers: ifMatch(version),
      }),
    caseEvidence: (id: string) => http.send(EvidenceListSchema, { url: casePath(id, '/evidence') }),
    addEvidence: (id: string, input: AddEvidenceInput) =>
      http.send(EvidenceItemSchema, {
        url: casePath(id, '/evidence'),
        method: 'POST',
        data: input,
      }),
    caseApprovals: (id: string) =>
      http.send(ApprovalPageSchema, { url: casePath(id, '/approvals') }),
    requestApproval: (id: string, input: RequestApprovalInput) =>
      http.send(ApprovalSchema, {
        url: casePath(id, '/approvals'),
        method: 'POST',
        data: input,
      }),
    caseTimeline: (id: string) => http.send(AuditTimelineSchema, { url: casePath(id, '/audit') }),
    prepareDraft: (id: string, purpose: DraftPurpose) =>
      http.send(PreparedReplySchema, {
        url: casePath(id, '/drafts'),
        method: 'POST',
        data: { purpose },
      }),
    caseAssignees: (id: string) =>
      http.send(AssigneeListSchema, { url: casePath(id, '/assignees') }),
    caseNotes: (id: string, cursor?: string) =>
      http.send(CaseNotePageSchema, {
        url: casePath(id, '/notes'),
        params: cursor ? { cursor } : {},
      }),
    addCaseNote: (id: string, input: AddCaseNoteInput) =>
      http.send(CaseNoteSchema, { url: casePath(id, '/notes'), method: 'POST', data: input }),
    caseFollowUps: (id: string) =>
      http.send(FollowUpPageSchema, { url: casePath(id, '/follow-ups'), params: { limit: 50 } }),
    addCaseFollowUp: (id: string, input: Omit<CreateFollowUpInput, 'caseId'>) =>
      http.send(FollowUpSchema, { url: casePath(id, '/follow-ups'), method: 'POST', data: input }),
    updateFollowUp: (id: string, version: number, patch: UpdateFollowUpInput) =>
      http.send(FollowUpSchema, {
        url: `/api/follow-ups/${encodeURIComponent(id)}`,
        method: 'PATCH',
        data: patch,
        headers: ifMatch(version),
      }),
    extractMeetingNotes: (input: ExtractMeetingNotesInput) =>
      http.send(MeetingNotesExtractionSchema, {
        url: '/api/intake/meeting-notes',
        method: 'POST',
        data: input,
      }),
    recordInteraction: (clientId: string, input: RecordInteractionInput) =>
      http.send(InteractionSchema, {
        url: `/api/clients/${encodeURIComponent(clientId)}/interactions`,
        method: 'POST',
        data: input,
      }),
    /** Everyone who can own a follow-up; administrators only, so others get a 403. */
    listUsers: () => http.send(ManagedUserListSchema, { url: '/api/users' }),
    me: () => http.send(CurrentUserSchema, { url: '/api/me' }),
    linkEmail: (caseId: string, email: SourceEmail) =>
      http.send(EmailLinkSchema, {
        url: casePath(caseId, '/links'),
        method: 'POST',
        data: { email },
      }),
  };
}

/**
 * The analyze answer. Its analysisId is read when present: a server without the
 * intake record still answers, and the case is then made without `intake`.
 */
const AnalyzeAnswerSchema = AnalyzeEmailResultSchema.partial({ analysisId: true });
export type AnalyzeAnswer = z.infer<typeof AnalyzeAnswerSchema>;

/** Calls for turning an email into a case and linking it: flow B of the pane. */
function emailToCaseCalls(http: HttpClient) {
  return {
    analyzeEmail: (input: AnalyzeEmailInput) =>
      http.send(AnalyzeAnswerSchema, { url: '/api/intake/analyze', method: 'POST', data: input }),
    searchCases: (query: { q?: string; clientId?: string; open?: boolean; limit?: number }) =>
      http.send(CasePageSchema, {
        url: '/api/cases',
        params: {
          ...(query.q ? { q: query.q } : {}),
          ...(query.clientId ? { clientId: query.clientId } : {}),
          ...(query.open ? { open: 'true' } : {}),
          limit: query.limit ?? 10,
        },
      }),
    /** Uploads one file as evidence; the body is the raw bytes, named in the query. */
    uploadEvidenceFile: (
      caseId: string,
      file: { name: string; contentType: string; bytes: Uint8Array },
    ) =>
      http.send(EvidenceItemSchema, {
        url: casePath(caseId, '/evidence/files'),
        method: 'POST',
        params: { fileName: file.name },
        // A Blob sends exactly these bytes, never the rest of a larger buffer.
        data: new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.contentType }),
        headers: { 'Content-Type': file.contentType },
      }),
    // Work views: my cases, the queue's piles and the approvals inbox.
    workCases: (query: Partial<Omit<CaseSearchQuery, 'cursor'>>) =>
      http.send(CasePageSchema, {
        url: '/api/cases',
        // Lists go as comma-separated values, the form the search query reads.
        params: Object.fromEntries(
          Object.entries(query).map(([key, value]) => [
            key,
            Array.isArray(value) ? value.join(',') : value,
          ]),
        ),
      }),
    myFollowUps: () =>
      http.send(FollowUpPageSchema, {
        url: '/api/follow-ups',
        params: { owner: 'me', status: 'open', limit: 50 },
      }),
    queueSummary: () => http.send(QueueSummarySchema, { url: '/api/queue/summary' }),
    listApprovals: (query: Pick<ApprovalListQuery, 'mine' | 'status'>) =>
      http.send(ApprovalPageSchema, { url: '/api/approvals', params: { ...query, limit: 50 } }),
    decideApproval: (id: string, input: DecisionInput) =>
      http.send(ApprovalSchema, {
        url: `/api/approvals/${encodeURIComponent(id)}/decision`,
        method: 'POST',
        data: input,
      }),
    unlinkEmail: (caseId: string, linkId: string, reason: string) =>
      http.send(UnlinkedEmailLinkSchema, {
        url: casePath(caseId, `/links/${encodeURIComponent(linkId)}/unlink`),
        method: 'POST',
        data: { reason },
      }),
  };
}

export type CaselineApi = ReturnType<typeof createCaselineApi>;
