import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../../server/app';
import { createDevIssuer, type DevIssuer } from '../../server/auth/dev-issuer';
import type { Database } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { openSqlite } from '../../server/db/sqlite';
import { demoData } from '../../server/demo/demo-data';
import { seedDemoDataIfEmpty } from '../../server/demo/seed';

export type TestApp = {
  app: FastifyInstance;
  db: Kysely<Database>;
  issuer: DevIssuer;
  dataDir: string;
  /** A real signed token for a demo user, verified by the same path as production. */
  tokenFor: (userId: string) => Promise<string>;
  close: () => Promise<void>;
};

/** Builds the app on a fresh, migrated SQLite file seeded with the demo data. */
export async function createTestApp(): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caseline-test-'));
  const db = openSqlite(join(dataDir, 'caseline.sqlite'));
  await migrateToLatest(db);
  await seedDemoDataIfEmpty(db, demoData);
  const issuer = await createDevIssuer(dataDir);
  const app = await buildApp({ db, verifier: issuer.verifier, devIssuer: issuer });
  const tokenFor = async (userId: string) => {
    const user = demoData.users.find((u) => u.id === userId);
    if (!user) throw new Error(`No demo user ${userId}`);
    return issuer.mint({ userId, name: user.name, email: user.email, roles: user.roles });
  };
  return {
    app,
    db,
    issuer,
    dataDir,
    tokenFor,
    close: async () => {
      await app.close();
      await db.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
