import {
  ApprovalPageSchema,
  ApprovalSchema,
  type RequestApprovalInput,
} from '../../shared/approvals/approval.schema';
import { AuditTimelineSchema } from '../../shared/audit/audit.schema';
import type { TransitionInput, UpdateCaseInput } from '../../shared/cases/case-commands.schema';
import { CaseDetailSchema } from '../../shared/cases/case-detail.schema';
import { CaseSchema, type CreateCaseInput, type SourceEmail } from '../../shared/cases/case.schema';
import { ClientBriefSchema } from '../../shared/clients/brief.schema';
import { ClientMatchListSchema, ClientPageSchema } from '../../shared/clients/client.schema';
import { EmailLinkSchema, LinkedCaseListSchema } from '../../shared/emails/email-link.schema';
import {
  EvidenceItemSchema,
  EvidenceListSchema,
  type AddEvidenceInput,
} from '../../shared/evidence/evidence.schema';
import type { HttpClient } from './http-client';

const casePath = (id: string, rest = '') => `/api/cases/${encodeURIComponent(id)}${rest}`;

/** The ETag of the version the user saw; the server answers 412 if the case moved on since. */
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** The Caseline API as the pane uses it; every answer is checked against the shared schemas. */
export function createCaselineApi(http: HttpClient) {
  return {
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
    linkEmail: (caseId: string, email: SourceEmail) =>
      http.send(EmailLinkSchema, {
        url: casePath(caseId, '/links'),
        method: 'POST',
        data: { email },
      }),
  };
}

export type CaselineApi = ReturnType<typeof createCaselineApi>;
