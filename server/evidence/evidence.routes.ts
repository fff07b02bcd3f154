import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import {
  AddEvidenceInputSchema,
  evidenceContentTypes,
  ListEvidenceQuerySchema,
  maxEvidenceFileBytes,
  RemoveEvidenceInputSchema,
  UpdateEvidenceInputSchema,
  UploadEvidenceQuerySchema,
} from '../../shared/evidence/evidence.schema';
import { actorOf } from '../auth/authenticate';
import type { Database } from '../db/database';
import { IdParamsSchema } from '../http/params';
import { parseInput } from '../http/parse';
import { expectedVersion, setVersionTag } from '../http/preconditions';
import { addEvidence, addFileEvidence } from './evidence-add.service';
import { UnsupportedEvidenceTypeError } from './evidence.errors';
import { removeEvidence, updateEvidence } from './evidence-edit.service';
import { getEvidence, listCaseEvidence, openEvidenceDownload } from './evidence.service';

export type EvidenceRouteOptions = {
  dataDir: string;
  /** Largest upload accepted; defaults to the shared 15 MB limit. */
  maxFileBytes?: number;
};

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / RFC 8187). */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function mediaTypeOf(header: string | undefined): string | undefined {
  return header?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/**
 * The upload route lives in its own plugin so its raw-body parsers and 15 MB
 * limit apply to it alone; the rest of the API keeps JSON and the 1 MB limit.
 */
function registerUploadRoute(
  app: FastifyInstance,
  db: Kysely<Database>,
  dataDir: string,
  maxFileBytes: number,
): void {
  app.register(async (uploads) => {
    uploads.removeAllContentTypeParsers();
    uploads.addContentTypeParser(
      [...evidenceContentTypes],
      { parseAs: 'buffer', bodyLimit: maxFileBytes },
      (_request, body, done) => done(null, body),
    );
    uploads.addContentTypeParser('*', (request, _payload, done) =>
      done(UnsupportedEvidenceTypeError.forType(mediaTypeOf(request.headers['content-type']))),
    );

    uploads.post(
      '/api/cases/:id/evidence/files',
      { bodyLimit: maxFileBytes },
      async (request, reply) => {
        const { id } = parseInput(IdParamsSchema, request.params);
        const query = parseInput(UploadEvidenceQuerySchema, request.query);
        // A bodiless request skips the parsers, so the service checks the type again.
        const item = await addFileEvidence(db, actorOf(request), dataDir, id, {
          ...query,
          contentType: mediaTypeOf(request.headers['content-type']),
          bytes: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
        });
        return sendCreated(reply, item);
      },
    );
  });
}

function sendCreated(reply: FastifyReply, item: { version: number }) {
  setVersionTag(reply, item.version);
  return reply.status(201).send(item);
}

export function registerEvidenceRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  options: EvidenceRouteOptions,
): void {
  const { dataDir } = options;
  registerUploadRoute(app, db, dataDir, options.maxFileBytes ?? maxEvidenceFileBytes);

  app.get('/api/cases/:id/evidence', async (request) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const query = parseInput(ListEvidenceQuerySchema, request.query);
    return listCaseEvidence(db, id, query);
  });

  app.post('/api/cases/:id/evidence', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const input = parseInput(AddEvidenceInputSchema, request.body);
    return sendCreated(reply, await addEvidence(db, actorOf(request), id, input));
  });

  app.get('/api/evidence/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const item = await getEvidence(db, id);
    setVersionTag(reply, item.version);
    return item;
  });

  app.get('/api/evidence/:id/file', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const file = await openEvidenceDownload(db, dataDir, id);
    // Always a download, never rendered: a stored PDF or HTML must not run in our origin.
    return reply
      .header('Content-Type', file.contentType)
      .header('Content-Length', file.size)
      .header('Content-Disposition', attachmentDisposition(file.fileName))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', "default-src 'none'; sandbox")
      .header('Cache-Control', 'private, no-store')
      .send(file.stream);
  });

  app.patch('/api/evidence/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const version = expectedVersion(request);
    const patch = parseInput(UpdateEvidenceInputSchema, request.body);
    const item = await updateEvidence(db, actorOf(request), id, version, patch);
    setVersionTag(reply, item.version);
    return item;
  });

  app.delete('/api/evidence/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const { reason } = parseInput(RemoveEvidenceInputSchema, request.body ?? {});
    const item = await removeEvidence(db, actorOf(request), id, reason);
    setVersionTag(reply, item.version);
    return item;
  });
}
