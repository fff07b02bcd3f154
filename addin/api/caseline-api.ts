import { CaseSchema, type CreateCaseInput, type SourceEmail } from '../../shared/cases/case.schema';
import { ClientBriefSchema } from '../../shared/clients/brief.schema';
import { ClientMatchListSchema, ClientPageSchema } from '../../shared/clients/client.schema';
import { EmailLinkSchema, LinkedCaseListSchema } from '../../shared/emails/email-link.schema';
import type { HttpClient } from './http-client';

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
    getCase: (id: string) => http.send(CaseSchema, { url: `/api/cases/${encodeURIComponent(id)}` }),
    linkEmail: (caseId: string, email: SourceEmail) =>
      http.send(EmailLinkSchema, {
        url: `/api/cases/${encodeURIComponent(caseId)}/links`,
        method: 'POST',
        data: { email },
      }),
  };
}

export type CaselineApi = ReturnType<typeof createCaselineApi>;
