import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpClient, type RequestOutcome } from '../../../addin/api/http-client';

// What the connectivity banner is told about each request, against a real HTTP server.

const PingSchema = z.object({ ok: z.literal(true) });
type Answer = { status: number; body: unknown; contentType?: string };

let answers: Answer[] = [];
let server: Server;
let baseURL: string;

beforeAll(async () => {
  server = createServer((_request, response) => {
    const answer = answers.shift() ?? { status: 500, body: { error: 'no answer scripted' } };
    response.writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json' });
    response.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  answers = [];
});

function client(base = baseURL) {
  const outcomes: RequestOutcome[] = [];
  const token = Object.assign(async () => 'token', { refresh: async () => 'token-2' });
  const http = createHttpClient(base, token, (outcome) => outcomes.push(outcome));
  const ping = () => http.send(PingSchema, { url: '/ping' }).catch((e: unknown) => e);
  return { outcomes, ping };
}

describe('http client outcomes', () => {
  it('reports the server reachable on any answer it gives, an error status included', async () => {
    answers = [
      { status: 200, body: { ok: true } },
      { status: 404, body: { error: { code: 'not_found', message: 'No such case' } } },
    ];
    const { outcomes, ping } = client();
    await ping();
    await ping();
    expect(outcomes).toEqual(['reachable', 'reachable']);
  });

  it('reports the server unreachable when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { outcomes, ping } = client(`http://127.0.0.1:${port}`);
    const error = await ping();
    expect(error).toMatchObject({ kind: 'unreachable' });
    expect(outcomes).toEqual(['unreachable']);
  });

  it('takes a gateway error without a Caseline body as the server being down', async () => {
    answers = [{ status: 503, body: '<html>Service Unavailable</html>', contentType: 'text/html' }];
    const { outcomes, ping } = client();
    await ping();
    expect(outcomes).toEqual(['unreachable']);
  });

  it('reports the sign-in ended when the server refuses a fresh token too', async () => {
    const refused = { status: 401, body: { error: { code: 'unauthenticated', message: 'No' } } };
    answers = [refused, refused];
    const { outcomes, ping } = client();
    await ping();
    expect(outcomes).toEqual(['signed_out']);
  });

  it('tells each request once, even when the answer does not parse', async () => {
    answers = [{ status: 200, body: { ok: 'maybe' } }];
    const { outcomes, ping } = client();
    const error = await ping();
    expect(error).toMatchObject({ kind: 'bad_response' });
    expect(outcomes).toEqual(['reachable']);
  });
});
