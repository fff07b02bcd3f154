import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../server/app';
import type { TestApp } from './test-app';

/**
 * Runs `use` against a second app on the test app's database that logs at info level into
 * memory, closes it, and returns all it logged: for tests that check what reaches the log.
 */
export async function captureLogs(
  t: TestApp,
  use: (app: FastifyInstance) => Promise<void>,
  options: Pick<AppOptions, 'intakeLlm'> = {},
): Promise<string> {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const app = await buildApp({
    db: t.db,
    verifier: t.issuer.verifier,
    devIssuer: t.issuer,
    dataDir: t.dataDir,
    logLevel: 'info',
    logStream: stream,
    ...options,
  });
  try {
    await use(app);
  } finally {
    await app.close();
  }
  return lines.join('');
}
