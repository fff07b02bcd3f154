import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import {
  PrepareDraftInputSchema,
  UpdateDraftTemplateInputSchema,
} from '../../shared/drafts/draft.schema';
import { actorOf, currentUser } from '../auth/authenticate';
import type { Database } from '../db/database';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { expectedVersion, setVersionTag } from '../http/preconditions';
import {
  getDraftTemplate,
  listDraftTemplates,
  updateDraftTemplate,
} from './draft-template.service';
import { prepareDraft } from './draft.service';

/** Reply templates (read by anyone, edited by administrators) and drafts filled from a case. */
export function registerDraftRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/templates', async () => ({ items: await listDraftTemplates(db) }));

  app.get('/api/templates/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const template = await getDraftTemplate(db, id);
    setVersionTag(reply, template.version);
    return template;
  });

  app.patch('/api/templates/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const version = expectedVersion(request);
    const input = parseInput(UpdateDraftTemplateInputSchema, request.body);
    const updated = await updateDraftTemplate(db, actorOf(request), id, version, input);
    setVersionTag(reply, updated.version);
    return updated;
  });

  // The case itself was checked against the caller before this runs (404 if unseen).
  app.post('/api/cases/:id/drafts', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const { purpose } = parseInput(PrepareDraftInputSchema, request.body);
    return prepareDraft(db, actorOf(request), currentUser(request), id, purpose);
  });
}
