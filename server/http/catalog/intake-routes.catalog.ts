import {
  AnalyzeEmailInputSchema,
  AnalyzeEmailResultSchema,
} from '../../../shared/intake/intake.schema';
import {
  ExtractMeetingNotesInputSchema,
  MeetingNotesExtractionSchema,
} from '../../../shared/intake/meeting-notes.schema';
import type { RouteSpec } from './route-spec';

export const intakeRoutes: RouteSpec[] = [
  {
    method: 'POST',
    path: '/api/intake/analyze',
    tag: 'Intake',
    summary: 'Suggest case type, priority, entities and missing items for an email',
    permission: 'case.create',
    access: 'token',
    body: AnalyzeEmailInputSchema,
    responses: [
      {
        status: 200,
        description:
          'A suggestion for a person to accept or change, stored under `analysisId` for Create case',
        schema: AnalyzeEmailResultSchema,
      },
      { status: 400, description: 'The email is not in the expected shape' },
    ],
  },
  {
    method: 'POST',
    path: '/api/intake/meeting-notes',
    tag: 'Intake',
    summary: 'Suggest the promises, asks and decisions in meeting notes, with owners and due dates',
    permission: 'case.create',
    access: 'token',
    body: ExtractMeetingNotesInputSchema,
    responses: [
      {
        status: 200,
        description: 'Suggestions for a person to accept, edit or remove',
        schema: MeetingNotesExtractionSchema,
      },
      { status: 400, description: 'The notes or meeting date are not in the expected shape' },
    ],
  },
];
