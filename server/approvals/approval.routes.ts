import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import {
  ApprovalListQuerySchema,
  DecisionInputSchema,
  RequestApprovalInputSchema,
} from '../../shared/approvals/approval.schema';
import { actorOf, currentUser } from '../auth/authenticate';
import type { Database } from '../db/database';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { expectedVersion, setVersionTag } from '../http/preconditions';
import type { Caller } from './approval-access';
import { approvalsOfCase, getApproval, searchApprovals } from './approval-query.service';
import { decideApproval, requestApproval, withdrawApproval } from './approval.service';

function callerOf(request: FastifyRequest): Caller {
  const user = currentUser(request);
  return { id: user.id, roles: user.roles, team: user.team };
}

/** If-Match is optional here: racing approvers are settled by the database, not by ETags. */
function optionalVersion(request: FastifyRequest): number | undefined {
  return request.headers['if-match'] === undefined ? undefined : expectedVersion(request);
}

export function registerApprovalRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.post('/api/cases/:id/approvals', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const input = parseInput(RequestApprovalInputSchema, request.body);
    const approval = await requestApproval(db, actorOf(request), callerOf(request), id, input);
    setVersionTag(reply, approval.version);
    return reply.status(201).send(approval);
  });

  app.get('/api/cases/:id/approvals', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return approvalsOfCase(db, callerOf(request), id);
  });

  app.get('/api/approvals', async (request) => {
    const query = parseInput(ApprovalListQuerySchema, request.query);
    return searchApprovals(db, callerOf(request), query);
  });

  app.get('/api/approvals/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const approval = await getApproval(db, callerOf(request), id);
    setVersionTag(reply, approval.version);
    return approval;
  });

  app.post('/api/approvals/:id/decision', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const ifMatch = optionalVersion(request);
    const input = parseInput(DecisionInputSchema, request.body);
    const approval = await decideApproval(
      db,
      actorOf(request),
      callerOf(request),
      id,
      input,
      ifMatch,
    );
    setVersionTag(reply, approval.version);
    return approval;
  });

  app.post('/api/approvals/:id/withdraw', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const approval = await withdrawApproval(db, actorOf(request), callerOf(request), id);
    setVersionTag(reply, approval.version);
    return approval;
  });
}
