import { QueueSummarySchema } from '../../../shared/queue/queue.schema';
import type { RouteSpec } from './route-spec';

export const queueRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/api/queue/summary',
    tag: 'Queue',
    summary:
      'How many open cases the caller may see need triage, wait, are at risk or await approval',
    permission: 'queue.read',
    access: 'token',
    responses: [{ status: 200, description: 'OK', schema: QueueSummarySchema }],
  },
];
