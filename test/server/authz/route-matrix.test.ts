import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayDo } from '../../../shared/authz/permissions';
import { objectNames } from '../../../server/authz/authorize';
import { canAccess, type ObjectKind } from '../../../server/authz/object-access';
import type { Viewer } from '../../../server/authz/visibility';
import { demoData } from '../../../server/demo/demo-data';
import { routeCatalog } from '../../../server/http/catalog/route-catalog';
import type { RouteSpec } from '../../../server/http/catalog/route-spec';
import { createTestApp, type TestApp } from '../../support/test-app';

// Generated from the route table: every route, every demo user, and for routes that
// name an object, one the user may see and one they may not. A route added to the
// table is covered here without writing a test for it.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const tables: Record<
  ObjectKind,
  | 'cases'
  | 'clients'
  | 'evidence_items'
  | 'approvals'
  | 'follow_ups'
  | 'interactions'
  | 'escalations'
> = {
  case: 'cases',
  client: 'clients',
  relationship: 'clients',
  evidence: 'evidence_items',
  approval: 'approvals',
  follow_up: 'follow_ups',
  interaction: 'interactions',
  escalation: 'escalations',
};

async function objectsFor(viewer: Viewer, kind: ObjectKind) {
  const rows = await t.db.selectFrom(tables[kind]).select('id').orderBy('id').execute();
  let visible: string | undefined;
  let hidden: string | undefined;
  for (const { id } of rows) {
    if (visible && hidden) break;
    if (await canAccess(t.db, viewer, kind, id)) visible ??= id;
    else hidden ??= id;
  }
  return { visible, hidden, any: rows[0]?.id };
}

async function call(spec: RouteSpec, userId: string, id: string | undefined) {
  const url = spec.path.replace(':id', encodeURIComponent(id ?? 'none'));
  const raw = spec.body !== undefined && 'raw' in spec.body;
  return t.app.inject({
    method: spec.method,
    url,
    headers: {
      authorization: `Bearer ${await t.tokenFor(userId)}`,
      ...(spec.method === 'GET' ? {} : { 'content-type': raw ? 'text/plain' : 'application/json' }),
    },
    ...(spec.method === 'GET' ? {} : { payload: raw ? 'hello' : '{}' }),
  });
}

const guarded = routeCatalog.filter((r) => r.access === 'token');

describe.each(demoData.users.map((u) => [u.id, u] as const))('as %s', (_name, user) => {
  const viewer: Viewer = { id: user.id, roles: user.roles, team: user.team };

  it.each(guarded.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_label, spec) => {
    const allowed = spec.permission !== null && mayDo(user.roles, spec.permission);
    if (!spec.object) {
      const response = await call(spec, user.id, undefined);
      const rule = (response.json() as { error?: { details?: { rule?: string } } }).error?.details
        ?.rule;
      expect(response.statusCode === 403 && rule === 'role', response.body).toBe(!allowed);
      expect(response.statusCode).not.toBe(401);
      return;
    }
    const objects = await objectsFor(viewer, spec.object);
    expect(objects.any, `the demo data has no ${spec.object} to test with`).toBeDefined();
    if (!allowed) {
      expect((await call(spec, user.id, objects.any)).statusCode).toBe(403);
      return;
    }
    if (objects.hidden) {
      const response = await call(spec, user.id, objects.hidden);
      expect(response.statusCode, `${spec.object} ${objects.hidden}: ${response.body}`).toBe(404);
    }
    if (objects.visible) {
      // Past authorization a handler may still refuse on its own rules (maker-checker,
      // a note with no file); what must not happen is the authorization refusal itself.
      const response = await call(spec, user.id, objects.visible);
      const error = (
        response.json() as { error?: { message?: string; details?: { rule?: string } } }
      ).error;
      const context = `${spec.object} ${objects.visible}: ${response.body}`;
      expect(response.statusCode, context).not.toBe(401);
      expect(response.statusCode === 403 && error?.details?.rule === 'role', context).toBe(false);
      expect(
        response.statusCode === 404 &&
          error?.message === `${objectNames[spec.object]} was not found`,
        context,
      ).toBe(false);
    }
  });
});
