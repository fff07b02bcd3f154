import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import {
  AddCaseNoteInputSchema,
  CaseNoteListQuerySchema,
} from '../../shared/notes/case-note.schema';
import { actorOf } from '../auth/authenticate';
import type { Database } from '../db/database';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { addCaseNote, pageCaseNotes } from './case-note.service';

/** Internal notes on a case; who may read or write them is decided by the route catalog. */
export function registerCaseNoteRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.post('/api/cases/:id/notes', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const input = parseInput(AddCaseNoteInputSchema, request.body);
    const created = await addCaseNote(db, actorOf(request), id, input);
    return reply.status(201).send(created);
  });

  app.get('/api/cases/:id/notes', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return pageCaseNotes(db, id, parseInput(CaseNoteListQuerySchema, request.query));
  });
}
