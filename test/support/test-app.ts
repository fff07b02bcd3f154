import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../../server/app';
import type { HardeningOptions } from '../../server/http/hardening';
import { createDevIssuer, type DevIssuer } from '../../server/auth/dev-issuer';
import type { IntakeLlmConfig } from '../../server/intake/llm/llm-config';
import type { Database } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { demoData } from '../../server/demo/demo-data';
import { seedDemoDataIfEmpty } from '../../server/demo/seed';
import { createTestDatabase, type TestDatabase } from './test-database';

export type TestApp = {
  app: FastifyInstance;
  db: Kysely<Database>;
  database: TestDatabase;
  issuer: DevIssuer;
  dataDir: string;
  /** A real signed token for a demo user, verified by the same path as production. */
  tokenFor: (userId: string) => Promise<string>;
  /** Shuts the app and its connection down and starts again on the same data, like a restart. */
  reopen: () => Promise<void>;
  close: () => Promise<void>;
};

/** Builds the app on a fresh, migrated database (SQLite file or PostgreSQL schema) seeded with the demo data. */
export async function createTestApp(
  options: { hardening?: Partial<HardeningOptions>; intakeLlm?: IntakeLlmConfig } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caseline-test-'));
  const database = await createTestDatabase(dataDir);
  const issuer = await createDevIssuer(dataDir);
  const start = async () => {
    const db = database.open();
    await migrateToLatest(db, { schema: database.schema });
    await seedDemoDataIfEmpty(db, demoData);
    const app = await buildApp({
      db,
      verifier: issuer.verifier,
      devIssuer: issuer,
      dataDir,
      hardening: options.hardening,
      intakeLlm: options.intakeLlm,
    });
    return { db, app };
  };
  const first = await start();
  const testApp: TestApp = {
    ...first,
    database,
    issuer,
    dataDir,
    tokenFor: async (userId: string) => {
      const user = demoData.users.find((u) => u.id === userId);
      if (!user) throw new Error(`No demo user ${userId}`);
      return issuer.mint({ userId, name: user.name, email: user.email, roles: user.roles });
    },
    reopen: async () => {
      await testApp.app.close();
      await testApp.db.destroy();
      Object.assign(testApp, await start());
    },
    close: async () => {
      await testApp.app.close();
      await testApp.db.destroy();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return testApp;
}
