import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors';

export type HardeningOptions = {
  /** Origins other than the server's own that may call the API from a browser. */
  corsOrigins: readonly string[];
  /** Requests per minute per signed-in user (or per address before sign-in). */
  rateLimitPerMinute: number;
  /**
   * Requests per minute from one network address, signed in or not, checked before
   * the token is. Generous, because a bank's staff often share one outbound address.
   */
  rateLimitPerAddressPerMinute: number;
};

/** Hosts that frame add-in task panes: Outlook on the web and new Outlook. */
export const outlookFrameAncestors = [
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.cloud.microsoft',
  'https://outlook.live.com',
] as const;

const officeJsOrigin = 'https://appsforoffice.microsoft.com';
const entraOrigin = 'https://login.microsoftonline.com';

/** Security headers, the task pane's content security policy, CORS and rate limits. */
export async function registerHardening(
  app: FastifyInstance,
  options: HardeningOptions,
): Promise<void> {
  await app.register(helmet, {
    // Outlook on the web frames the pane, so framing is governed by CSP frame-ancestors
    // (Outlook's hosts and our own demo workspace), not by X-Frame-Options.
    frameguard: false,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", officeJsOrigin],
        // Fluent UI writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", entraOrigin, ...options.corsOrigins],
        frameSrc: ["'self'", entraOrigin],
        frameAncestors: ["'self'", ...outlookFrameAncestors],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'", entraOrigin],
      },
    },
    crossOriginEmbedderPolicy: false,
    // The Office dialog fallback talks to its opener.
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
  });

  await app.register(cors, {
    origin: (origin, done) => done(null, !origin || options.corsOrigins.includes(origin)),
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key'],
    exposedHeaders: ['ETag', 'Retry-After', 'Idempotent-Replayed'],
    maxAge: 600,
  });

  await app.register(rateLimit, {
    global: true,
    // After authentication, so a signed-in user is limited as a person, not by address.
    hook: 'preHandler',
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) =>
      request.authUser ? `user:${request.authUser.id}` : `ip:${request.ip}`,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} seconds`,
    }),
  });

  // Before authentication, so a flood of bad tokens from one address is slowed too.
  const perAddress = app.createRateLimit({
    max: options.rateLimitPerAddressPerMinute,
    keyGenerator: (request) => `addr:${request.ip}`,
  });
  app.addHook('onRequest', async (request, reply) => {
    const limit = await perAddress(request);
    if (!limit.isAllowed && limit.isExceeded) {
      reply.header('retry-after', String(limit.ttlInSeconds));
      throw new DomainError(
        'rate_limited',
        `Too many requests from this address; try again in ${limit.ttlInSeconds} seconds`,
      );
    }
  });
}
