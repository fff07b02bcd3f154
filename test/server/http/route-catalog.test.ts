import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeCatalog } from '../../../server/http/catalog/route-catalog';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const key = (method: string, path: string) => `${method} ${path}`;

describe('the route catalog', () => {
  it('documents every API route the server registers, and nothing it does not', () => {
    const registered = t.app.registeredRoutes
      .filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD')
      .map((r) => key(r.method, r.url));
    const documented = routeCatalog.map((r) => key(r.method, r.path));
    expect([...new Set(registered)].sort()).toEqual([...new Set(documented)].sort());
  });

  it('lists each route once', () => {
    const documented = routeCatalog.map((r) => key(r.method, r.path));
    expect(new Set(documented).size).toBe(documented.length);
  });

  it('keeps every route but health and the dev sign-in behind a token', () => {
    const open = routeCatalog.filter((r) => r.access === 'public').map((r) => r.path);
    expect(open.sort()).toEqual(['/api/dev/token', '/api/dev/users', '/api/health']);
  });
});

describe('GET /api/openapi.json', () => {
  it('needs a token', async () => {
    expect((await t.app.inject({ url: '/api/openapi.json' })).statusCode).toBe(401);
  });

  it('describes every catalogued route with schemas from shared/', async () => {
    const response = await t.app.inject({
      url: '/api/openapi.json',
      headers: { authorization: `Bearer ${await t.tokenFor('u-sa-sofia')}` },
    });
    expect(response.statusCode).toBe(200);
    const doc = response.json() as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { responses: Record<string, unknown>; parameters: { name: string; in: string }[] }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const spec of routeCatalog) {
      const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
      const op = doc.paths[path]?.[spec.method.toLowerCase()];
      expect(op, `${spec.method} ${spec.path}`).toBeDefined();
      if (spec.ifMatch === 'required')
        expect(op?.parameters.some((p) => p.name === 'If-Match')).toBe(true);
    }
    const createCase = doc.paths['/api/cases']?.post as unknown as {
      requestBody: { content: { 'application/json': { schema: { required: string[] } } } };
    };
    expect(createCase.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['clientId', 'type', 'priority', 'title', 'sourceEmail']),
    );
  });
});
