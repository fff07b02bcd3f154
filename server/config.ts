import { resolve } from 'node:path';
import { loadIntakeLlmConfig, type IntakeLlmConfig } from './intake/llm/llm-config';

export type AuthMode = 'dev' | 'entra';

export type ServerConfig = {
  port: number;
  host: string;
  dataDir: string;
  authMode: AuthMode;
  /** Folder holding the built add-in and demo workspace. */
  staticDir: string;
  logLevel: string;
  /** PostgreSQL connection string; unset means the embedded SQLite file. */
  databaseUrl: string | undefined;
  /** PostgreSQL schema for Caseline's tables (default public). */
  databaseSchema: string | undefined;
  /** Browser origins besides our own allowed to call the API. */
  corsOrigins: string[];
  rateLimitPerMinute: number;
  rateLimitPerAddressPerMinute: number;
  /** PEM files for HTTPS; Outlook loads add-ins only over https. */
  tls: { certFile: string; keyFile: string } | null;
  /** INTAKE_LLM_*: an OpenAI-compatible endpoint for intake suggestions; null (the default) means rules only. */
  intakeLlm: IntakeLlmConfig | null;
};

/** Reads configuration from the environment, with the embedded-demo defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const authMode = env.AUTH_MODE ?? 'dev';
  if (authMode !== 'dev' && authMode !== 'entra') {
    throw new Error(`AUTH_MODE must be "dev" or "entra", got "${authMode}"`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    authMode,
    staticDir: resolve(env.STATIC_DIR ?? './dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    databaseUrl: env.DATABASE_URL || undefined,
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    rateLimitPerMinute: Number(env.RATE_LIMIT_PER_MINUTE ?? 600),
    rateLimitPerAddressPerMinute: Number(env.RATE_LIMIT_PER_ADDRESS_PER_MINUTE ?? 6000),
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    tls:
      env.TLS_CERT_FILE && env.TLS_KEY_FILE
        ? { certFile: env.TLS_CERT_FILE, keyFile: env.TLS_KEY_FILE }
        : null,
    intakeLlm: loadIntakeLlmConfig(env),
  };
}
