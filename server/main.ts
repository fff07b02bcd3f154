import { readFileSync } from 'node:fs';
import { buildApp } from './app';
import { createDevIssuer } from './auth/dev-issuer';
import { createEntraVerifier, loadEntraSettings } from './auth/entra';
import { loadConfig } from './config';
import { migrateToLatest } from './db/migrate';
import { openDatabase } from './db/connect';
import { demoData } from './demo/demo-data';
import { seedDemoDataIfEmpty } from './demo/seed';
import { startScheduler } from './jobs/scheduler';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1']);

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.authMode === 'dev' && !loopbackHosts.has(config.host)) {
    // Dev mode mints a token for anyone who asks, so it must never face a network.
    throw new Error(
      `Dev mode hands out tokens to anyone and only listens on loopback; HOST=${config.host} needs AUTH_MODE=entra.`,
    );
  }
  const { db, schema } = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    schema: config.databaseSchema,
  });
  await migrateToLatest(db, { schema });

  const devIssuer = config.authMode === 'dev' ? await createDevIssuer(config.dataDir) : undefined;
  if (devIssuer && (await seedDemoDataIfEmpty(db, demoData))) {
    console.log('Loaded the demo data into a new database.');
  }
  const verifier = devIssuer?.verifier ?? createEntraVerifier(loadEntraSettings(process.env));
  const tls = config.tls
    ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }
    : undefined;
  const app = await buildApp({
    db,
    verifier,
    devIssuer,
    tls,
    dataDir: config.dataDir,
    hardening: {
      corsOrigins: config.corsOrigins,
      rateLimitPerMinute: config.rateLimitPerMinute,
      rateLimitPerAddressPerMinute: config.rateLimitPerAddressPerMinute,
    },
    staticDir: config.staticDir,
    logLevel: config.logLevel,
    intakeLlm: config.intakeLlm,
  });

  const scheduler = startScheduler(db, app.log);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await scheduler.stop();
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = `${tls ? 'https' : 'http'}://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${port}`;
  console.log(`Caseline is running (${config.authMode} auth, data in ${config.dataDir}).`);
  console.log(
    config.intakeLlm
      ? `  Intake:         ${config.intakeLlm.provider} ${config.intakeLlm.model}, rules when it fails`
      : '  Intake:         built-in rules (no LLM)',
  );
  if (devIssuer) console.log(`  Demo workspace: ${base}/`);
  console.log(`  Task pane:      ${base}/taskpane.html`);
  console.log(`  API health:     ${base}/api/health`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
