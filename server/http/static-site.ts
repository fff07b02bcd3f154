import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Serves the built task pane and demo workspace from the build folder. */
export async function registerStaticSite(app: FastifyInstance, staticDir: string): Promise<void> {
  if (!existsSync(join(staticDir, 'taskpane.html'))) {
    // Without a build the API still works; say how to get the pages instead of a bare 404.
    app.get('/', async (_request, reply) =>
      reply
        .type('text/plain')
        .send('The add-in is not built yet. Run "npm run build", then reload.'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: staticDir, index: ['index.html'], wildcard: false });
}
