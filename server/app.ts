import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { registerApprovalRoutes } from './approvals/approval.routes';
import { registerAuditRoutes } from './audit/audit.routes';
import { registerAuthentication } from './auth/authenticate';
import { registerAuthorization } from './authz/authorize';
import type { DevIssuer } from './auth/dev-issuer';
import { devPublicPaths, registerDevRoutes } from './auth/dev.routes';
import type { TokenVerifier } from './auth/token-verifier';
import { registerCaseAssigneeRoutes } from './cases/case-assignee.routes';
import { registerCaseRoutes } from './cases/case.routes';
import { registerClientRoutes } from './clients/client.routes';
import { registerDraftRoutes } from './drafts/draft.routes';
import { ensureDefaultTemplates } from './drafts/draft-template.service';
import type { Database } from './db/database';
import { registerUserRoutes } from './users/user.routes';
import { registerEmailLinkRoutes } from './emails/email-link.routes';
import { registerEscalationRoutes } from './escalations/escalation.routes';
import { registerEvidenceRoutes } from './evidence/evidence.routes';
import { registerFollowUpRoutes } from './follow-ups/follow-up.routes';
import { routeCatalog } from './http/catalog/route-catalog';
import { registerErrorHandler } from './http/error-handler';
import { registerHardening, type HardeningOptions } from './http/hardening';
import { registerIdempotency } from './http/idempotency';
import { buildOpenApiDocument } from './http/openapi';
import { registerInteractionRoutes } from './interactions/interaction.routes';
import { createIntakeAssistant } from './intake/create-assistant';
import { registerIntakeRoutes } from './intake/intake.routes';
import type { IntakeLlmConfig } from './intake/llm/llm-config';
import { registerMeetingNotesRoutes } from './intake/meeting-notes/meeting-notes.routes';
import { registerCaseNoteRoutes } from './notes/case-note.routes';
import { registerQueueRoutes } from './queue/queue.routes';
import { registerStaticSite } from './http/static-site';

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: readonly { method: string; url: string }[];
  }
}

export type AppOptions = {
  db: Kysely<Database>;
  /** Verifies every bearer token; in dev mode it is the dev issuer's. */
  verifier: TokenVerifier;
  /** Present only in dev mode; its absence removes the dev routes entirely. */
  devIssuer?: DevIssuer;
  /** Where uploaded evidence files are kept (content-addressed under evidence/). */
  dataDir: string;
  staticDir?: string;
  logLevel?: string;
  /** Where log lines go; standard output unless a test captures them. */
  logStream?: NodeJS.WritableStream;
  /** CORS origins and rate limits; defaults suit the demo. */
  hardening?: Partial<HardeningOptions>;
  /** PEM certificate and key; when given the server speaks HTTPS. */
  tls?: { cert: Buffer; key: Buffer };
  /** An OpenAI-compatible endpoint for intake suggestions; absent or null means the local rules only. */
  intakeLlm?: IntakeLlmConfig | null;
};

/** Builds the Caseline server without listening, so tests can `inject` into it. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.tls ? { https: options.tls } : {}),
    logger: {
      level: options.logLevel ?? 'silent',
      ...(options.logStream ? { stream: options.logStream } : {}),
      serializers: {
        // Query strings carry addresses and search text: log the path only.
        req: (req) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
      },
    },
    bodyLimit: 1024 * 1024,
    // Request IDs go into the audit trail, so they must be unique across restarts.
    genReqId: () => randomUUID(),
  });
  registerErrorHandler(app);
  await registerHardening(app, {
    corsOrigins: options.hardening?.corsOrigins ?? [],
    rateLimitPerMinute: options.hardening?.rateLimitPerMinute ?? 600,
    rateLimitPerAddressPerMinute: options.hardening?.rateLimitPerAddressPerMinute ?? 6000,
  });
  // Every route as registered, so tests can hold it against the route catalog.
  const registeredRoutes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) registeredRoutes.push({ method, url: route.url });
  });
  app.decorate('registeredRoutes', registeredRoutes);

  const publicPaths = new Set<string>([
    '/api/health',
    ...(options.devIssuer ? devPublicPaths : []),
  ]);
  registerAuthentication(app, options.db, options.verifier, publicPaths);
  registerAuthorization(app, options.db, routeCatalog);
  registerIdempotency(app, options.db);

  app.get('/api/health', async () => ({ status: 'ok' }));
  const openApi = buildOpenApiDocument(routeCatalog, { includeDev: Boolean(options.devIssuer) });
  app.get('/api/openapi.json', async () => openApi);
  if (options.devIssuer) registerDevRoutes(app, options.db, options.devIssuer);
  registerClientRoutes(app, options.db);
  registerCaseRoutes(app, options.db);
  registerCaseAssigneeRoutes(app, options.db);
  registerEmailLinkRoutes(app, options.db);
  registerAuditRoutes(app, options.db);
  registerEvidenceRoutes(app, options.db, { dataDir: options.dataDir });
  registerApprovalRoutes(app, options.db);
  registerInteractionRoutes(app, options.db);
  registerFollowUpRoutes(app, options.db);
  registerQueueRoutes(app, options.db);
  registerCaseNoteRoutes(app, options.db);
  registerEscalationRoutes(app, options.db);
  registerIntakeRoutes(app, options.db, createIntakeAssistant(options.intakeLlm));
  registerMeetingNotesRoutes(app);
  registerUserRoutes(app, options.db);
  // Every database has a reply template for each case type and purpose from its first start.
  await ensureDefaultTemplates(options.db);
  registerDraftRoutes(app, options.db);

  if (options.staticDir) await registerStaticSite(app, options.staticDir);
  return app;
}
