import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { AnalyzeEmailInputSchema } from '../../shared/intake/intake.schema';
import { currentUser } from '../auth/authenticate';
import type { Database } from '../db/database';
import { parseInput } from '../http/parse';
import type { IntakeAssistant } from './intake-assistant';
import { analyzeAndRecord } from './intake.service';

/** Intake assist: suggestions for Create case, by the local rules unless an LLM is configured. */
export function registerIntakeRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  assistant: IntakeAssistant,
): void {
  app.post('/api/intake/analyze', async (request) => {
    const input = parseInput(AnalyzeEmailInputSchema, request.body);
    const { result, trace } = await analyzeAndRecord(db, assistant, currentUser(request).id, input);
    // The reason only: prompt and output carry the customer's email and never reach the log.
    if (trace.fallbackReason)
      request.log.warn(
        { fallbackReason: trace.fallbackReason },
        'intake LLM not used; rules answered',
      );
    return result;
  });
}
