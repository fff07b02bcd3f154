import type { FastifyInstance } from 'fastify';
import { AnalyzeEmailInputSchema } from '../../shared/intake/intake.schema';
import { parseInput } from '../http/parse';
import { analyzeEmail } from './analyze';

/** Intake assist: suggestions for Create case, computed locally with no network. */
export function registerIntakeRoutes(app: FastifyInstance): void {
  app.post('/api/intake/analyze', async (request) => {
    const input = parseInput(AnalyzeEmailInputSchema, request.body);
    return analyzeEmail(input);
  });
}
