import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseType } from '../../../shared/cases/case.schema';
import { caseTypeDefinition } from '../../../shared/cases/case-types';
import { StageSchema } from '../../../shared/cases/case.schema';
import { listApprovalsOfCase } from '../../../server/approvals/approval.repository';
import { caseStream, clientStream, verifyStream } from '../../../server/audit/audit.service';
import { unmetClosureConditions } from '../../../server/cases/closure-gate';
import { demoData } from '../../../server/demo/demo-data';
import { listActiveEvidence } from '../../../server/evidence/evidence.repository';
import { createTestApp, type TestApp } from '../../support/test-app';

// What the seeded demo workspace holds, on this run's database. One app for the file:
// these tests only read.

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

const finished = new Set(['resolved', 'closed']);

async function allCases() {
  return t.db.selectFrom('cases').selectAll().orderBy('id').execute();
}

async function actionsOf(stream: string): Promise<string[]> {
  const rows = await t.db
    .selectFrom('audit_events')
    .select('action')
    .where('stream', '=', stream)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}

describe('seeded demo cases', () => {
  it('keeps the demo ids and the two cases made from mailbox emails', async () => {
    const rows = await allCases();
    expect(rows.map((r) => r.id)).toEqual(demoData.cases.map((c) => c.id));
    const links = await t.db
      .selectFrom('email_links')
      .select(['case_id', 'internet_message_id'])
      .orderBy('case_id')
      .execute();
    expect(links).toEqual([
      {
        case_id: 'cs-003',
        internet_message_id: '<20261116.0847.d001@mail.harbourfreight.example>',
      },
      { case_id: 'cs-004', internet_message_id: '<20261116.1120.d002@mail.postmail.example>' },
    ]);
  });

  it('puts cases in every stage, each with the stage history that led there', async () => {
    const rows = await allCases();
    expect(new Set(rows.map((r) => r.stage))).toEqual(new Set(StageSchema.options));
    for (const row of rows) {
      const history = await t.db
        .selectFrom('stage_changes')
        .selectAll()
        .where('case_id', '=', row.id)
        .orderBy('at')
        .execute();
      const demo = demoData.cases.find((c) => c.id === row.id);
      expect(
        history.map((h) => h.to_stage),
        row.id,
      ).toEqual(['new', ...(demo?.steps.map((s) => s.stage) ?? [])]);
      expect(history[0]?.at, row.id).toBe(row.created_at);
      expect(history.at(-1)?.at, row.id).toBe(row.stage_entered_at);
      if (row.stage === 'waiting_internal') expect(row.waiting_on, row.id).toBeTruthy();
      if (row.stage === 'waiting_customer') expect(row.waiting_on, row.id).toBe('customer');
      if (row.stage.startsWith('waiting_')) expect(row.blocker_reason, row.id).toBeTruthy();
    }
  });

  it('has one case reopened after it was closed, its reopening on the audit trail', async () => {
    const reopened = (await allCases()).filter((r) => r.reopen_count > 0);
    expect(reopened.map((r) => [r.id, r.reopen_count, r.stage])).toEqual([
      ['cs-014', 1, 'in_progress'],
    ]);
    expect(reopened[0]?.closed_at).toBeNull();
    expect(await actionsOf(caseStream('cs-014'))).toContain('case.reopened');
  });

  it('stores every SLA state among the open cases', async () => {
    const open = (await allCases()).filter((r) => !finished.has(r.stage));
    expect(new Set(open.map((r) => r.sla_state))).toEqual(
      new Set(['on_track', 'at_risk', 'breached']),
    );
    const dueOfRunning = open.filter((r) => r.sla_due_at !== null);
    expect(dueOfRunning.length).toBeGreaterThan(0);
  });

  it('lets every resolved or closed case through the closure gate', async () => {
    const done = (await allCases()).filter((r) => finished.has(r.stage));
    expect(done.length).toBeGreaterThanOrEqual(4);
    for (const row of done) {
      const evidence = await listActiveEvidence(t.db, row.id);
      const approvals = await listApprovalsOfCase(t.db, row.id);
      const unmet = unmetClosureConditions({
        definition: caseTypeDefinition(row.type as CaseType),
        closeReason: row.close_reason,
        resolutionSummary: row.resolution_summary,
        rootCause: row.root_cause,
        customerResponse: row.customer_response,
        satisfiedEvidence: new Set(evidence.flatMap((e) => e.checklist_key ?? [])),
        approvals: approvals.map((a) => ({
          kind: a.kind,
          status: a.status,
          expiresAt: a.expires_at,
        })),
        now: new Date(),
      });
      expect(unmet, row.id).toEqual([]);
      expect(row.resolved_at ?? row.closed_at, row.id).not.toBeNull();
    }
  });
});

describe('seeded evidence and approvals', () => {
  it('has evidence on several cases: a closed one complete, an open one with items missing', async () => {
    const rows = await allCases();
    const missingOf = async (row: (typeof rows)[number]) => {
      const have = new Set(
        (await listActiveEvidence(t.db, row.id)).flatMap((e) => e.checklist_key ?? []),
      );
      return caseTypeDefinition(row.type as CaseType)
        .evidence.filter((e) => e.required && !have.has(e.key))
        .map((e) => e.key);
    };
    const withEvidence = await t.db
      .selectFrom('evidence_items')
      .select('case_id')
      .distinct()
      .execute();
    expect(withEvidence.length).toBeGreaterThanOrEqual(5);
    const closed = rows.filter((r) => r.stage === 'closed');
    const open = rows.filter((r) => !finished.has(r.stage));
    const closedComplete = [];
    for (const row of closed) if ((await missingOf(row)).length === 0) closedComplete.push(row.id);
    const openMissing = [];
    for (const row of open) {
      const withAny = withEvidence.some((e) => e.case_id === row.id);
      if (withAny && (await missingOf(row)).length > 0) openMissing.push(row.id);
    }
    expect(closedComplete.length).toBeGreaterThan(0);
    expect(openMissing.length).toBeGreaterThan(0);
  });

  it('has approvals in every state, each decided by someone other than who asked', async () => {
    const approvals = await t.db.selectFrom('approvals').selectAll().execute();
    expect(new Set(approvals.map((a) => a.status))).toEqual(
      new Set(['pending', 'approved', 'rejected', 'withdrawn', 'expired']),
    );
    for (const a of approvals) {
      if (a.decided_by !== null) expect(a.decided_by, a.id).not.toBe(a.requested_by);
      if (a.status === 'rejected') expect(a.decision_note, a.id).toBeTruthy();
      if (a.status !== 'pending') expect(a.decided_at, a.id).not.toBeNull();
    }
    const now = new Date().toISOString();
    expect(approvals.some((a) => a.status === 'approved' && (a.expires_at ?? '') > now)).toBe(true);
    expect(approvals.some((a) => a.status === 'pending' && (a.expires_at ?? '') > now)).toBe(true);
  });

  it('shows a manager the pending request in their approvals inbox', async () => {
    const response = await t.app.inject({
      url: '/api/approvals?mine=decidable',
      headers: { authorization: `Bearer ${await t.tokenFor('u-mg-grace')}` },
    });
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: { id: string; canDecide: boolean }[] }).items;
    expect(items.map((a) => [a.id, a.canDecide])).toEqual([['ap-005-2', true]]);
  });
});

describe('seeded audit trail', () => {
  it('verifies the hash chain of every case and every client with events', async () => {
    const streams = await t.db.selectFrom('audit_events').select('stream').distinct().execute();
    for (const c of demoData.cases)
      expect(streams.map((s) => s.stream)).toContain(caseStream(c.id));
    for (const { stream } of streams) {
      expect(await verifyStream(t.db, stream), stream).toMatchObject({ valid: true });
    }
    expect(streams.map((s) => s.stream)).toContain(clientStream('cl-009'));
  });

  it('tells each case’s story in order, from its creation', async () => {
    for (const demo of demoData.cases) {
      const actions = await actionsOf(caseStream(demo.id));
      expect(actions[0], demo.id).toBe('case.created');
      const moves = actions.filter((a) => a === 'case.stage_changed' || a === 'case.reopened');
      expect(moves.length, demo.id).toBe(demo.steps.length);
    }
    expect(await actionsOf(caseStream('cs-003'))).toEqual(
      expect.arrayContaining(['email.linked', 'evidence.added', 'escalation.raised']),
    );
    expect(await actionsOf(caseStream('cs-005'))).toEqual(
      expect.arrayContaining(['approval.requested', 'approval.expired']),
    );
    const cs006 = await actionsOf(caseStream('cs-006'));
    expect(cs006.filter((a) => a === 'approval.decided')).toHaveLength(2);
    expect(cs006.indexOf('approval.decided')).toBeLessThan(cs006.lastIndexOf('case.stage_changed'));
    expect(await actionsOf(caseStream('cs-010'))).toContain('approval.withdrawn');
  });

  it('records each event as made by a demo user, or by the system for expiries and escalations', async () => {
    const actors = await t.db
      .selectFrom('audit_events')
      .select(['actor_id', 'action', 'request_id'])
      .distinct()
      .execute();
    const userIds = new Set(demoData.users.map((u) => u.id));
    for (const a of actors) {
      expect(a.request_id).toBe('demo-seed');
      if (!userIds.has(a.actor_id)) {
        expect(a.actor_id).toBe('system');
        expect(['approval.expired', 'escalation.raised']).toContain(a.action);
      }
    }
  });
});
