import {
  DevTokenRequestSchema,
  DevTokenResponseSchema,
  DevUserListSchema,
} from '../../../shared/auth/dev-token.schema';
import { ClientBriefSchema } from '../../../shared/clients/brief.schema';
import {
  ClientListQuerySchema,
  ClientMatchListSchema,
  ClientMatchQuerySchema,
  ClientPageSchema,
  ClientSchema,
} from '../../../shared/clients/client.schema';
import {
  DemoAttachmentContentSchema,
  DemoMailboxSchema,
} from '../../../shared/mailbox/mailbox-item.schema';
import {
  AssignTeamInputSchema,
  ManagedUserListSchema,
  ManagedUserSchema,
} from '../../../shared/users/user.schema';
import { IdParamsSchema } from '../params';
import { CurrentUserSchema } from '../../../shared/authz/current-user.schema';
import type { RouteSpec } from './route-spec';

export const clientRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/api/clients',
    tag: 'Clients',
    summary: 'Clients by name, contact name or address, a page at a time',
    permission: 'client.lookup',
    access: 'token',
    query: ClientListQuerySchema,
    responses: [{ status: 200, description: 'A page of clients', schema: ClientPageSchema }],
  },
  {
    method: 'GET',
    path: '/api/clients/match',
    tag: 'Clients',
    summary: 'Who wrote from this address: a known contact first, then the address’s domain',
    permission: 'client.lookup',
    access: 'token',
    query: ClientMatchQuerySchema,
    responses: [{ status: 200, description: 'Candidate clients', schema: ClientMatchListSchema }],
  },
  {
    method: 'GET',
    path: '/api/clients/:id',
    tag: 'Clients',
    summary: 'A client with its contacts',
    permission: 'client.lookup',
    object: 'client',
    access: 'token',
    params: IdParamsSchema,
    responses: [{ status: 200, description: 'The client', schema: ClientSchema }],
  },
  {
    method: 'GET',
    path: '/api/clients/:id/brief',
    tag: 'Clients',
    summary: 'The two-minute client brief',
    permission: 'client.brief',
    object: 'client',
    access: 'token',
    params: IdParamsSchema,
    responses: [{ status: 200, description: 'The brief', schema: ClientBriefSchema }],
  },
];

export const platformRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/api/me',
    tag: 'Platform',
    summary: 'The signed-in user, their roles and the actions those allow',
    // Every role holds client.lookup, so this is "any signed-in user" (as for the OpenAPI document).
    permission: 'client.lookup',
    access: 'token',
    responses: [{ status: 200, description: 'The signed-in user', schema: CurrentUserSchema }],
  },
  {
    method: 'GET',
    path: '/api/users',
    tag: 'Administration',
    summary: 'Users with their roles and teams',
    permission: 'user.manage',
    access: 'token',
    responses: [{ status: 200, description: 'Users', schema: ManagedUserListSchema }],
  },
  {
    method: 'PATCH',
    path: '/api/users/:id',
    tag: 'Administration',
    summary: 'Assign a user to a team, which decides their queues and clients',
    permission: 'user.manage',
    access: 'token',
    params: IdParamsSchema,
    body: AssignTeamInputSchema,
    responses: [{ status: 200, description: 'The user', schema: ManagedUserSchema }],
  },
  {
    method: 'GET',
    path: '/api/health',
    tag: 'Platform',
    summary: 'Liveness; the only route that needs no token',
    permission: null,
    access: 'public',
    responses: [{ status: 200, description: 'The server is up' }],
  },
  {
    method: 'GET',
    path: '/api/openapi.json',
    tag: 'Platform',
    summary: 'This document',
    permission: 'client.lookup',
    access: 'token',
    responses: [{ status: 200, description: 'OpenAPI 3.1' }],
  },
  {
    method: 'GET',
    path: '/api/dev/users',
    tag: 'Dev mode',
    summary: 'The demo users to act as',
    permission: null,
    access: 'public',
    devOnly: true,
    responses: [{ status: 200, description: 'Demo users', schema: DevUserListSchema }],
  },
  {
    method: 'POST',
    path: '/api/dev/token',
    tag: 'Dev mode',
    summary: 'Mint an access token for a demo user',
    permission: null,
    access: 'public',
    devOnly: true,
    body: DevTokenRequestSchema,
    responses: [
      { status: 200, description: 'A signed access token', schema: DevTokenResponseSchema },
    ],
  },
  {
    method: 'GET',
    path: '/api/dev/mailbox',
    tag: 'Dev mode',
    summary: 'The demo workspace’s folder of emails and meetings',
    permission: 'client.lookup',
    access: 'token',
    devOnly: true,
    responses: [{ status: 200, description: 'Demo mailbox items', schema: DemoMailboxSchema }],
  },
  {
    method: 'GET',
    path: '/api/dev/attachments/:id',
    tag: 'Dev mode',
    summary: 'One demo email attachment’s bytes (base64), as Outlook would hand them to the pane',
    permission: 'client.lookup',
    access: 'token',
    devOnly: true,
    params: IdParamsSchema,
    responses: [
      { status: 200, description: 'The attachment', schema: DemoAttachmentContentSchema },
      { status: 404, description: 'No demo attachment has this id' },
    ],
  },
];
