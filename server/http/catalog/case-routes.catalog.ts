import { AuditTimelineSchema, AuditVerificationSchema } from '../../../shared/audit/audit.schema';
import {
  TransitionInputSchema,
  UpdateCaseInputSchema,
} from '../../../shared/cases/case-commands.schema';
import { CaseDetailSchema } from '../../../shared/cases/case-detail.schema';
import {
  CasePageSchema,
  CaseSchema,
  CaseSearchQuerySchema,
  CreateCaseInputSchema,
} from '../../../shared/cases/case.schema';
import {
  CreateEmailLinkInputSchema,
  EmailLinkSchema,
  EmailLinksQuerySchema,
  LinkedCaseListSchema,
} from '../../../shared/emails/email-link.schema';
import {
  EscalationListQuerySchema,
  EscalationListSchema,
  EscalationSchema,
  ResolveEscalationInputSchema,
} from '../../../shared/escalations/escalation.schema';
import { IdParamsSchema } from '../params';
import type { RouteSpec } from './route-spec';

const tag = 'Cases';

export const caseRoutes: RouteSpec[] = [
  {
    method: 'POST',
    path: '/api/cases',
    tag,
    summary: 'Create a case from an email, or return the case that email already made',
    permission: 'case.create',
    access: 'token',
    body: CreateCaseInputSchema,
    responses: [
      { status: 201, description: 'Created', schema: CaseSchema },
      {
        status: 200,
        description: 'This internetMessageId already made a case; here it is',
        schema: CaseSchema,
      },
    ],
  },
  {
    method: 'GET',
    path: '/api/cases',
    tag,
    summary: 'Search cases by client, text, stage, queue, owner and SLA state',
    permission: 'case.read',
    access: 'token',
    query: CaseSearchQuerySchema,
    responses: [{ status: 200, description: 'A page of cases', schema: CasePageSchema }],
  },
  {
    method: 'GET',
    path: '/api/cases/:id',
    tag,
    summary: 'One case with its live SLA clocks',
    permission: 'case.read',
    object: 'case',
    access: 'token',
    params: IdParamsSchema,
    responses: [
      { status: 200, description: 'The case; ETag carries its version', schema: CaseDetailSchema },
    ],
  },
  {
    method: 'PATCH',
    path: '/api/cases/:id',
    tag,
    summary: 'Edit a case’s fields',
    permission: 'case.update',
    object: 'case',
    access: 'token',
    params: IdParamsSchema,
    body: UpdateCaseInputSchema,
    ifMatch: 'required',
    responses: [{ status: 200, description: 'The updated case', schema: CaseSchema }],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/transitions',
    tag,
    summary: 'Move a case to another stage; resolving and closing pass the closure gate',
    permission: 'case.transition',
    object: 'case',
    access: 'token',
    params: IdParamsSchema,
    body: TransitionInputSchema,
    ifMatch: 'required',
    idempotent: true,
    responses: [
      { status: 200, description: 'The moved case', schema: CaseSchema },
      {
        status: 409,
        description: 'closure_blocked (details.unmet lists every condition) or invalid_transition',
      },
    ],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/links',
    tag,
    summary: 'Link an email to an existing case',
    permission: 'case.link_email',
    object: 'case',
    access: 'token',
    params: IdParamsSchema,
    body: CreateEmailLinkInputSchema,
    idempotent: true,
    responses: [
      { status: 201, description: 'Linked', schema: EmailLinkSchema },
      { status: 200, description: 'Already linked', schema: EmailLinkSchema },
    ],
  },
  {
    method: 'GET',
    path: '/api/emails/links',
    tag,
    summary: 'The cases an email or its conversation is on',
    permission: 'case.read',
    access: 'token',
    query: EmailLinksQuerySchema,
    responses: [
      {
        status: 200,
        description: 'Linked cases, this message first',
        schema: LinkedCaseListSchema,
      },
    ],
  },
  {
    method: 'GET',
    path: '/api/cases/:id/audit',
    tag: 'Audit',
    summary: 'The case’s audit trail as a readable timeline',
    permission: 'audit.read',
    object: 'case',
    access: 'token',
    params: IdParamsSchema,
    responses: [{ status: 200, description: 'Events, oldest first', schema: AuditTimelineSchema }],
  },
  {
    method: 'GET',
    path: '/api/cases/:id/audit/verify',
    tag: 'Audit',
    summary: 'Recompute the case’s hash chain and name the first broken link',
    permission: 'audit.read',
    object: 'case',
    access: 'token',
    params: IdParamsSchema,
    responses: [
      { status: 200, description: 'Verification result', schema: AuditVerificationSchema },
    ],
  },
  {
    method: 'GET',
    path: '/api/cases/:id/escalations',
    tag: 'Escalations',
    summary: 'Escalations raised on a case',
    permission: 'case.read',
    object: 'case',
    access: 'token',
    params: IdParamsSchema,
    responses: [{ status: 200, description: 'Escalations', schema: EscalationListSchema }],
  },
  {
    method: 'GET',
    path: '/api/escalations',
    tag: 'Escalations',
    summary: 'Escalations, soonest decision first',
    permission: 'case.read',
    access: 'token',
    query: EscalationListQuerySchema,
    responses: [{ status: 200, description: 'Escalations', schema: EscalationListSchema }],
  },
  {
    method: 'POST',
    path: '/api/escalations/:id/resolve',
    tag: 'Escalations',
    summary: 'Record the decision on an escalation',
    permission: 'escalation.resolve',
    object: 'escalation',
    access: 'token',
    params: IdParamsSchema,
    body: ResolveEscalationInputSchema,
    idempotent: true,
    responses: [{ status: 200, description: 'The resolved escalation', schema: EscalationSchema }],
  },
];
