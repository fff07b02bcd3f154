import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DemoWorkspacePage } from '../pages/demo-workspace.page';
import { launchBrowser } from './browser';
import { startServer, type RunningServer } from './server-process';

/** A real server on a fresh data folder and a browser, shared by one e2e file's tests. */
export type DemoSession = {
  /** Opens the demo workspace in a page of the desktop size the screenshots use. */
  openWorkspace: (page?: Page) => Promise<DemoWorkspacePage>;
  /** Stops the server and starts it again on the same data, as a user restarting it would. */
  restartServer: () => Promise<void>;
  /** Stops the server, leaving pages open: they see it go down as a lost connection would. */
  stopServer: () => Promise<void>;
  /** Starts the stopped server again on the same data and the same address, so open pages reach it. */
  startServer: () => Promise<void>;
};

/** Registers the file's setup and teardown, and answers the session they manage. */
export function useDemoSession(): DemoSession {
  let dataDir = '';
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'caseline-e2e-'));
    server = await startServer(dataDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    openWorkspace: async (page) => {
      if (!browser || !server) throw new Error('The demo session has not started');
      const target = page ?? (await browser.newPage({ viewport: { width: 1400, height: 900 } }));
      const workspace = new DemoWorkspacePage(target, server.baseUrl);
      await workspace.open();
      return workspace;
    },
    restartServer: async () => {
      await server?.stop();
      server = await startServer(dataDir);
    },
    stopServer: async () => {
      await server?.stop();
    },
    startServer: async () => {
      if (!server) throw new Error('The demo session has not started');
      await server.stop();
      server = await startServer(dataDir, Number(new URL(server.baseUrl).port));
    },
  };
}
