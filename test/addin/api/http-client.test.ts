import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../../addin/api/api-error';
import { createHttpClient, needsSignIn, type TokenSource } from '../../../addin/api/http-client';

// A real HTTP server on 127.0.0.1: the 401 handling is exercised through axios's own adapter.

const PingSchema = z.object({ ok: z.literal(true) });

type Answer = { status: number; body: unknown };
const seen: { authorization: string | undefined; url: string | undefined }[] = [];
const headersSeen: IncomingMessage['headers'][] = [];
let answers: Answer[] = [];
let server: Server;
let baseURL: string;

const unauthenticated = (message: string): Answer => ({
  status: 401,
  body: { error: { code: 'unauthenticated', message } },
});
const ok: Answer = { status: 200, body: { ok: true } };

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response) => {
    seen.push({ authorization: request.headers.authorization, url: request.url });
    headersSeen.push(request.headers);
    const answer = answers.shift() ?? { status: 500, body: { error: 'no answer scripted' } };
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
});

beforeEach(() => {
  seen.length = 0;
  headersSeen.length = 0;
  answers = [];
});

/** A token source like the Outlook one: a cached token, and a refresh that gets a new one. */
function refreshingSource() {
  let current = 'token-1';
  let issued = 1;
  const token = vi.fn(async () => current);
  const refresh = vi.fn(async () => {
    issued += 1;
    current = `token-${issued}`;
    return current;
  });
  return { source: Object.assign(token, { refresh }) satisfies TokenSource, token, refresh };
}

describe('the API client and an expired token', () => {
  it('sends the bearer token the source gives', async () => {
    answers = [ok];
    const { source } = refreshingSource();

    await expect(
      createHttpClient(baseURL, source).send(PingSchema, { url: '/api/ping' }),
    ).resolves.toEqual({ ok: true });
    expect(seen).toEqual([{ authorization: 'Bearer token-1', url: '/api/ping' }]);
  });

  it('on a 401 gets a new token once and retries the request once', async () => {
    answers = [unauthenticated('The access token has expired'), ok];
    const { source, refresh } = refreshingSource();

    const result = await createHttpClient(baseURL, source).send(PingSchema, {
      url: '/api/cases',
      method: 'POST',
      data: { title: 'Lost card' },
    });

    expect(result).toEqual({ ok: true });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('after a second 401 stops with a sign-in error, having made exactly two requests', async () => {
    answers = [
      unauthenticated('The access token has expired'),
      unauthenticated('The access token lacks the Caseline API scope'),
      ok,
    ];
    const { source, refresh } = refreshingSource();

    const error = await createHttpClient(baseURL, source)
      .send(PingSchema, { url: '/api/clients' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 401, code: 'unauthenticated' });
    expect((error as ApiError).message).toMatch(/Sign in again/);
    expect((error as ApiError).message).toMatch(/lacks the Caseline API scope/);
    expect(needsSignIn(error)).toBe(true);
    expect(seen).toHaveLength(2);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('retries once even for a token source that cannot refresh, like the dev one', async () => {
    answers = [unauthenticated('expired'), unauthenticated('expired'), ok];
    const token = vi.fn(async () => 'dev-token');

    const error = await createHttpClient(baseURL, token)
      .send(PingSchema, { url: '/api/clients' })
      .catch((e: unknown) => e);

    expect(needsSignIn(error)).toBe(true);
    expect(seen).toHaveLength(2);
    expect(token).toHaveBeenCalledTimes(2);
  });

  it('does not retry other failures', async () => {
    answers = [{ status: 403, body: { error: { code: 'forbidden', message: 'Not yours' } } }, ok];
    const { source, refresh } = refreshingSource();

    await expect(
      createHttpClient(baseURL, source).send(PingSchema, { url: '/api/cases/1' }),
    ).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    expect(seen).toHaveLength(1);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('turns a sign-in that fails into the sign-in error, without calling the server', async () => {
    const token = vi.fn(async (): Promise<string> => {
      throw new Error('The sign-in window was closed');
    });

    const error = await createHttpClient(baseURL, token)
      .send(PingSchema, { url: '/api/ping' })
      .catch((e: unknown) => e);

    expect(needsSignIn(error)).toBe(true);
    expect((error as ApiError).message).toMatch(/window was closed/);
    expect(seen).toHaveLength(0);
  });

  it('fails with a sign-in error when the refresh itself fails', async () => {
    answers = [unauthenticated('expired'), ok];
    const { source, refresh } = refreshingSource();
    refresh.mockRejectedValueOnce(new Error('interaction_required'));

    const error = await createHttpClient(baseURL, source)
      .send(PingSchema, { url: '/api/ping' })
      .catch((e: unknown) => e);

    expect(needsSignIn(error)).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('keeps headers the caller set', async () => {
    answers = [ok];
    const { source } = refreshingSource();

    await createHttpClient(baseURL, source).send(PingSchema, {
      url: '/api/ping',
      headers: { 'Idempotency-Key': 'key-1' },
    });
    expect(headersSeen[0]).toMatchObject({
      authorization: 'Bearer token-1',
      'idempotency-key': 'key-1',
    });
  });
});
