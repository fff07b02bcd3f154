import { z } from 'zod';
import { ErrorBodySchema } from '../../shared/errors';
import type { RouteSpec } from './catalog/route-spec';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // OpenAPI 3.1 speaks draft 2020-12 already; a per-schema $schema would only repeat it.
  const json: JsonSchema = {
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }),
  };
  delete json.$schema;
  return json;
}

function parameters(spec: RouteSpec): JsonSchema[] {
  const fromObject = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return [];
    const json = jsonSchema(schema, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    return Object.entries(json.properties ?? {}).map(([name, property]) => ({
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      schema: property,
    }));
  };
  const headers: JsonSchema[] = [];
  if (spec.ifMatch) {
    headers.push({
      name: 'If-Match',
      in: 'header',
      required: spec.ifMatch === 'required',
      description: 'The ETag of the version being changed: 428 without it, 412 when stale',
      schema: { type: 'string' },
    });
  }
  if (spec.idempotent) {
    headers.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'A retry with the same key and body gets the first answer; another body gets 422',
      schema: { type: 'string', maxLength: 200 },
    });
  }
  return [...fromObject(spec.params, 'path'), ...fromObject(spec.query, 'query'), ...headers];
}

function operation(spec: RouteSpec): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const r of spec.responses) {
    responses[String(r.status)] = {
      description: r.description,
      ...(r.schema
        ? { content: { 'application/json': { schema: jsonSchema(r.schema, 'output') } } }
        : {}),
      ...(r.raw ? { content: { [r.raw]: {} } } : {}),
    };
  }
  responses['4XX'] = {
    description: 'A client error with a stable code',
    content: { 'application/json': { schema: jsonSchema(ErrorBodySchema, 'output') } },
  };
  const body = spec.body;
  return {
    tags: [spec.tag],
    summary: spec.summary,
    operationId: `${spec.method.toLowerCase()} ${spec.path}`,
    parameters: parameters(spec),
    ...(body
      ? {
          requestBody: {
            required: true,
            content:
              'raw' in body
                ? {
                    'application/octet-stream': {
                      schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                    },
                  }
                : { 'application/json': { schema: jsonSchema(body, 'input') } },
            ...('raw' in body ? { description: body.raw } : {}),
          },
        }
      : {}),
    security: spec.access === 'public' ? [] : [{ bearer: [] }],
    responses,
  };
}

/** An OpenAPI 3.1 document built from the route table and the shared zod schemas. */
export function buildOpenApiDocument(
  routes: readonly RouteSpec[],
  options: { includeDev: boolean },
): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const spec of routes) {
    if (spec.devOnly && !options.includeDev) continue;
    const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][spec.method.toLowerCase()] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Caseline API',
      version: '0.1.0',
      description:
        'Casework for financial-services teams. Every route but /api/health needs a bearer token.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    paths,
  };
}
