import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  visibleCaseIds,
  visibleClientIds,
  relationshipClientIds,
  type Viewer,
} from '../../../server/authz/visibility';
import { demoData } from '../../../server/demo/demo-data';
import { createTestApp, type TestApp } from '../../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

function viewer(id: string): Viewer {
  const user = demoData.users.find((u) => u.id === id);
  if (!user) throw new Error(id);
  return { id, roles: user.roles, team: user.team };
}

async function caseRows() {
  return t.db
    .selectFrom('cases')
    .innerJoin('clients', 'clients.id', 'cases.client_id')
    .select(['cases.id', 'cases.queue', 'cases.owner_id', 'clients.owner_id as client_owner'])
    .execute();
}

const ids = async (query: { execute: () => Promise<{ id: string }[]> }) =>
  new Set((await query.execute()).map((r) => r.id));

describe('who sees which cases', () => {
  it('shows a relationship manager the cases of the clients they own, and not a colleague’s', async () => {
    const amelia = await ids(visibleCaseIds(t.db, viewer('u-rm-amelia')));
    for (const row of await caseRows()) {
      expect(amelia.has(row.id), row.id).toBe(row.client_owner === 'u-rm-amelia');
    }
  });

  it('shows a service agent their team’s queues and the cases they own', async () => {
    const sofia = await ids(visibleCaseIds(t.db, viewer('u-sa-sofia')));
    const queues = ['service-ops', 'complaints', 'kyc-documents', 'approvals'];
    for (const row of await caseRows()) {
      expect(sofia.has(row.id), row.id).toBe(
        queues.includes(row.queue) || row.owner_id === 'u-sa-sofia',
      );
    }
    const tom = await ids(visibleCaseIds(t.db, viewer('u-sa-tom')));
    for (const row of await caseRows()) {
      expect(tom.has(row.id), row.id).toBe(
        row.queue === 'payments-ops' || row.owner_id === 'u-sa-tom',
      );
    }
  });

  it('shows a manager the work of the teams they manage', async () => {
    const grace = await ids(visibleCaseIds(t.db, viewer('u-mg-grace')));
    const rows = await caseRows();
    for (const row of rows.filter((r) =>
      ['service-ops', 'payments-ops', 'complaints'].includes(r.queue),
    )) {
      expect(grace.has(row.id), row.id).toBe(true);
    }
  });

  it('shows an auditor everything and an administrator no case at all', async () => {
    const all = (await caseRows()).length;
    expect((await ids(visibleCaseIds(t.db, viewer('u-au-owen')))).size).toBe(all);
    expect((await ids(visibleCaseIds(t.db, viewer('u-ad-nadia')))).size).toBe(0);
  });
});

describe('who sees which clients', () => {
  it('lets service agents and managers look up any client, but a relationship manager only their own', async () => {
    const total = demoData.clients.length;
    expect((await ids(visibleClientIds(t.db, viewer('u-sa-sofia')))).size).toBe(total);
    expect((await ids(visibleClientIds(t.db, viewer('u-mg-grace')))).size).toBe(total);
    const amelia = await ids(visibleClientIds(t.db, viewer('u-rm-amelia')));
    expect([...amelia].sort()).toEqual(
      demoData.clients
        .filter((c) => c.ownerId === 'u-rm-amelia')
        .map((c) => c.id)
        .sort(),
    );
  });

  it('keeps relationship work (meetings, client follow-ups) to the client’s relationship managers and auditors', async () => {
    expect((await ids(relationshipClientIds(t.db, viewer('u-sa-sofia')))).size).toBe(0);
    expect((await ids(relationshipClientIds(t.db, viewer('u-mg-grace')))).size).toBe(0);
    expect((await ids(relationshipClientIds(t.db, viewer('u-au-owen')))).size).toBe(
      demoData.clients.length,
    );
  });
});
