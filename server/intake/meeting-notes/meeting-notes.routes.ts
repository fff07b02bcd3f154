import type { FastifyInstance } from 'fastify';
import { ExtractMeetingNotesInputSchema } from '../../../shared/intake/meeting-notes.schema';
import { parseInput } from '../../http/parse';
import { extractMeetingNotes } from './extract';

/** Meeting notes to actions: suggestions for Record meeting, computed locally with no network. */
export function registerMeetingNotesRoutes(app: FastifyInstance): void {
  app.post('/api/intake/meeting-notes', async (request) => {
    const input = parseInput(ExtractMeetingNotesInputSchema, request.body);
    return extractMeetingNotes(input);
  });
}
