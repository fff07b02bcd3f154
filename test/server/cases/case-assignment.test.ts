import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditTimelineSchema } from '../../../shared/audit/audit.schema';
import { AssigneeListSchema } from '../../../shared/cases/case-assignment.schema';
import { CaseSchema } from '../../../shared/cases/case.schema';
import { createTestApp, type TestApp } from '../../support/test-app';
import { apiAs, errorOf, type Api } from '../follow-ups/follow-up.fixtures';

let t: TestApp;
let sofia: Api;

// cs-004: a complaint in the queue of Sofia's team (service operations), for a client of Rahul's.
const caseId = 'cs-004';

beforeEach(async () => {
  t = await createTestApp();
  sofia = apiAs(t, await t.tokenFor('u-sa-sofia'));
});

afterEach(async () => {
  await t.close();
});

async function versionOf(id: string) {
  return CaseSchema.parse((await sofia.get(`/api/cases/${id}`)).json()).version;
}

async function assign(ownerId: string) {
  return sofia.patch(`/api/cases/${caseId}`, { ownerId }, `"${await versionOf(caseId)}"`);
}

describe('GET /api/cases/:id/assignees', () => {
  it('offers the people of the queue’s team and the client’s relationship manager, by name', async () => {
    const response = await sofia.get(`/api/cases/${caseId}/assignees`);
    expect(response.statusCode).toBe(200);
    const { items } = AssigneeListSchema.parse(response.json());
    expect(items.map((a) => a.name)).toEqual(['Grace Whitfield', 'Rahul Mehta', 'Sofia Lind']);
    expect(items.find((a) => a.id === 'u-sa-sofia')?.teamLabel).toBe('Service operations');
  });

  it('is refused to the auditor, who may not change cases, and hides cases the caller cannot see', async () => {
    const owen = apiAs(t, await t.tokenFor('u-au-owen'));
    expect((await owen.get(`/api/cases/${caseId}/assignees`)).statusCode).toBe(403);
    expect((await sofia.get('/api/cases/cs-003/assignees')).statusCode).toBe(404);
  });
});

describe('assigning a case', () => {
  it('gives the case to someone who works it', async () => {
    const response = await assign('u-mg-grace');
    expect(response.statusCode).toBe(200);
    expect(CaseSchema.parse(response.json())).toMatchObject({
      ownerId: 'u-mg-grace',
      ownerName: 'Grace Whitfield',
    });
  });

  it('says in the timeline who took the case and whom it was given to', async () => {
    expect((await assign('u-sa-sofia')).statusCode).toBe(200);
    expect((await assign('u-mg-grace')).statusCode).toBe(200);
    const trail = AuditTimelineSchema.parse((await sofia.get(`/api/cases/${caseId}/audit`)).json());
    const summaries = trail.items.filter((e) => e.action === 'case.updated').map((e) => e.summary);
    expect(summaries).toEqual([
      'Sofia Lind took the case',
      'Sofia Lind assigned the case to Grace Whitfield',
    ]);
  });

  it('refuses with 400 an owner who could not open the case, naming them', async () => {
    const amelia = await assign('u-rm-amelia');
    expect(amelia.statusCode).toBe(400);
    expect(errorOf(amelia)).toMatchObject({
      code: 'validation_failed',
      message: 'Amelia Hart cannot work this case',
      details: { issues: [{ path: 'ownerId' }] },
    });
    expect((await assign('u-au-owen')).statusCode).toBe(400);
    expect(CaseSchema.parse((await sofia.get(`/api/cases/${caseId}`)).json()).ownerId).toBeNull();
  });
});
