import { defineConfig } from 'vitest/config';

// Server tests run once on SQLite (in `unit`) and again on PostgreSQL. Set
// CASELINE_SKIP_POSTGRES=1 to leave PostgreSQL out locally; CI never does.
const skipPostgres = process.env.CASELINE_SKIP_POSTGRES === '1' && !process.env.CI;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      ...(skipPostgres
        ? []
        : [
            {
              test: {
                name: 'postgres',
                include: ['test/server/**/*.test.ts'],
                exclude: ['test/server/demo/**'],
                environment: 'node',
                env: { CASELINE_TEST_DB: 'postgres' },
                globalSetup: ['test/support/postgres-global-setup.ts'],
              },
            },
          ]),
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser and one server at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
