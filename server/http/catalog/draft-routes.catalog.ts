import {
  DraftTemplateListSchema,
  DraftTemplateSchema,
  PrepareDraftInputSchema,
  PreparedReplySchema,
  UpdateDraftTemplateInputSchema,
} from '../../../shared/drafts/draft.schema';
import { IdParamsSchema } from '../params';
import type { RouteSpec } from './route-spec';

const ok = <T>(schema: T, description = 'OK') => [{ status: 200, description, schema }];

// Reply templates and the drafts filled from them. Caseline prepares text; people send it.
export const draftRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/api/templates',
    tag: 'Drafts',
    summary: 'Reply templates, one per case type and purpose',
    permission: 'template.read',
    access: 'token',
    responses: ok(DraftTemplateListSchema),
  },
  {
    method: 'GET',
    path: '/api/templates/:id',
    tag: 'Drafts',
    summary: 'One reply template, with its version as the ETag',
    permission: 'template.read',
    access: 'token',
    params: IdParamsSchema,
    responses: ok(DraftTemplateSchema),
  },
  {
    method: 'PATCH',
    path: '/api/templates/:id',
    tag: 'Drafts',
    summary: 'Change a template’s subject or body (administrators; audited)',
    permission: 'template.edit',
    access: 'token',
    params: IdParamsSchema,
    body: UpdateDraftTemplateInputSchema,
    ifMatch: 'required',
    responses: ok(DraftTemplateSchema),
  },
  {
    method: 'POST',
    path: '/api/cases/:id/drafts',
    tag: 'Drafts',
    summary: 'Fill a reply from the case’s facts; nothing is sent',
    permission: 'case.draft',
    object: 'case',
    access: 'token',
    params: IdParamsSchema,
    body: PrepareDraftInputSchema,
    responses: ok(PreparedReplySchema, 'The draft, with the facts it could not fill'),
  },
];
