import { CompiledQuery, sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClientBrief } from '../../../server/brief/brief.service';
import { testDialect } from '../../support/test-database';
import { createTestApp, type TestApp } from '../../support/test-app';
import {
  addFollowUp,
  addNoteEvidence,
  caseFor,
  insertClient,
  linkEmail,
  moveCase,
  requestCorrectionApproval,
} from './brief-scenario';

// The brief must cost the same few queries however many cases a client has,
// and (on SQLite, where the plan is easy to read) every table it touches must be
// reached through an index rather than scanned.

let t: TestApp;
const clientId = 'cl-brief-queries';

beforeAll(async () => {
  t = await createTestApp();
  await insertClient(t, clientId, { restrictions: ['No cash withdrawals'] });
  await addFollowUp(t, clientId, 'Call back', -1);
});

afterAll(async () => {
  await t.close();
});

/** Runs the brief on a connection that records every query it sends. */
async function briefQueries(): Promise<CompiledQuery[]> {
  const seen: CompiledQuery[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      seen.push(t.db.getExecutor().compileQuery(node, queryId));
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  await getClientBrief(
    t.db.withPlugin(recorder),
    { id: 'u-au-owen', roles: ['auditor'], team: 'audit' },
    clientId,
  );
  return seen;
}

/** Adds one open case with everything a case can bring into the brief. */
async function addBusyCase(n: number) {
  const made = await moveCase(
    t,
    await caseFor(t, clientId, 'operational_correction', `Correction ${n}`),
    'in_progress',
  );
  await addNoteEvidence(t, made.id, 'record_before');
  await requestCorrectionApproval(t, made.id);
  await linkEmail(t, made.id, `About correction ${n}`, 0.1);
}

describe('the brief’s queries', () => {
  it('stay the same in number however many open cases the client has', async () => {
    await addBusyCase(1);
    const withOne = (await briefQueries()).length;
    for (const n of [2, 3, 4]) await addBusyCase(n);
    const withFour = (await briefQueries()).length;
    expect(withFour).toBe(withOne);
    expect(withOne).toBeLessThanOrEqual(16);
  });

  it.runIf(testDialect === 'sqlite')(
    'reach every table through an index, starting from the client',
    async () => {
      const scans: string[] = [];
      const indexes = new Set<string>();
      for (const query of await briefQueries()) {
        const plan = await t.db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
        );
        for (const { detail } of plan.rows) {
          // "SCAN t" reads the whole table; "SEARCH t USING INDEX i" is what we want.
          if (/^SCAN \w+(?: AS \w+)?$/.test(detail)) scans.push(`${detail} in: ${query.sql}`);
          const index = / USING (?:COVERING )?INDEX (\w+)/.exec(detail)?.[1];
          if (index) indexes.add(index);
        }
      }
      expect(scans).toEqual([]);
      for (const wanted of [
        'cases_client_stage_idx',
        'cases_client_type_idx',
        'stage_changes_case_idx',
        'evidence_items_case_idx',
        'follow_ups_client_idx',
        'approvals_case_idx',
        'interactions_client_idx',
        'audit_events_case_idx',
        'accounts_client_idx',
        'contacts_client_idx',
      ]) {
        expect(indexes, wanted).toContain(wanted);
      }
      // These hold the rows of every client: starting from them would not scale with the client.
      expect(indexes).not.toContain('approvals_pending_idx');
      expect(indexes).not.toContain('escalations_status_idx');
    },
  );
  it.runIf(testDialect === 'postgres')(
    'never has to read a whole table on PostgreSQL',
    async () => {
      const queries = await briefQueries();
      const scans = await t.db.transaction().execute(async (trx) => {
        // With sequential scans priced out, any left are ones no index could replace.
        await sql`set local enable_seqscan = off`.execute(trx);
        const found: string[] = [];
        for (const query of queries) {
          const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>(
            CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
          );
          for (const row of plan.rows) {
            const line = row['QUERY PLAN'];
            if (/Seq Scan on/.test(line)) found.push(`${line.trim()} in: ${query.sql}`);
          }
        }
        return found;
      });
      expect(scans).toEqual([]);
    },
  );
});
