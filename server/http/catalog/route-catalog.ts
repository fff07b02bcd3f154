import { caseRoutes } from './case-routes.catalog';
import { clientRoutes, platformRoutes } from './client-routes.catalog';
import { draftRoutes } from './draft-routes.catalog';
import { intakeRoutes } from './intake-routes.catalog';
import { queueRoutes } from './queue-routes.catalog';
import type { RouteSpec } from './route-spec';
import { workRoutes } from './work-routes.catalog';

/** Every API route, in one table: the OpenAPI document and the route tests are built from it. */
export const routeCatalog: readonly RouteSpec[] = [
  ...platformRoutes,
  ...clientRoutes,
  ...caseRoutes,
  ...workRoutes,
  ...queueRoutes,
  ...intakeRoutes,
  ...draftRoutes,
];
