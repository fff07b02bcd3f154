import {
  AnalyzeEmailInputSchema,
  IntakeAnalysisSchema,
} from '../../../shared/intake/intake.schema';
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
        description: 'A suggestion for a person to accept or change',
        schema: IntakeAnalysisSchema,
      },
      { status: 400, description: 'The email is not in the expected shape' },
    ],
  },
];
