import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../audit/audit-hash';
import type { Database } from '../db/database';
import { DomainError, ValidationError } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set while a POST holds an Idempotency-Key, so its answer can be kept for retries. */
    idempotencyKey: { userId: string; key: string } | null;
  }
}

// A first request that has not answered within this long is taken to have died.
const abandonAfterMs = 2 * 60 * 1000;
const keyPattern = /^[\x21-\x7e]{1,200}$/;

function fingerprint(request: FastifyRequest): string {
  const path = request.url.split('?')[0] ?? '';
  const body = Buffer.isBuffer(request.body)
    ? createHash('sha256').update(request.body).digest('hex')
    : canonicalJson(request.body ?? null);
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${path}\n${body}`)
    .digest('hex');
}

/**
 * POSTs that carry an Idempotency-Key are answered once: a retry with the same
 * key and body gets the first answer, the same key with another body gets 422.
 */
export function registerIdempotency(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('idempotencyKey', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined || !request.authUser) return;
    if (typeof key !== 'string' || !keyPattern.test(key)) {
      throw new ValidationError('Idempotency-Key must be 1 to 200 visible ASCII characters');
    }
    const userId = request.authUser.id;
    const bodyHash = fingerprint(request);
    const now = new Date();
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({
        user_id: userId,
        key,
        method: request.method,
        path: request.url.split('?')[0] ?? '',
        body_hash: bodyHash,
        status_code: null,
        response_body: null,
        created_at: now.toISOString(),
      })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
      request.idempotencyKey = { userId, key };
      return;
    }
    const earlier = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    if (earlier.body_hash !== bodyHash) {
      throw new DomainError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request; use a new key for a new request',
      );
    }
    if (earlier.status_code === null) {
      if (now.getTime() - new Date(earlier.created_at).getTime() < abandonAfterMs) {
        throw new DomainError(
          'request_in_progress',
          'The first request with this Idempotency-Key is still being handled; retry shortly',
        );
      }
      request.idempotencyKey = { userId, key };
      return;
    }
    reply.header('Idempotent-Replayed', 'true');
    reply.header('content-type', 'application/json; charset=utf-8');
    return reply.status(earlier.status_code).send(earlier.response_body ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const held = request.idempotencyKey;
    if (!held) return payload;
    request.idempotencyKey = null;
    const where = db
      .deleteFrom('idempotency_keys')
      .where('user_id', '=', held.userId)
      .where('key', '=', held.key);
    if (reply.statusCode >= 300 || typeof payload !== 'string') {
      // Only a success is the answer a retry must get again. A refusal (validation,
      // closure gate, conflict) or a failure leaves nothing done, so a retry runs afresh.
      await where.execute();
      return payload;
    }
    await db
      .updateTable('idempotency_keys')
      .set({ status_code: reply.statusCode, response_body: payload })
      .where('user_id', '=', held.userId)
      .where('key', '=', held.key)
      .execute();
    return payload;
  });
}
