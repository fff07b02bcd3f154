import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, londonToday } from '../../../shared/follow-ups/due-date';
import { calendarForQueue } from '../../../shared/sla/calendars';
import type { Database } from '../../../server/db/database';
import { migrateToLatest } from '../../../server/db/migrate';
import { instantOf } from '../../../server/demo/demo-clock';
import { demoData } from '../../../server/demo/demo-data';
import type { DemoData } from '../../../server/demo/demo-data.types';
import { seedDemoDataIfEmpty } from '../../../server/demo/seed';
import { createTestDatabase, testDialect, type TestDatabase } from '../../support/test-database';

// The seed itself, on a fresh migrated database of this run's dialect.

let dataDir: string;
let database: TestDatabase;
let db: Kysely<Database>;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'caseline-seed-'));
  database = await createTestDatabase(dataDir);
  db = database.open();
  await migrateToLatest(db, { schema: database.schema });
});

afterEach(async () => {
  await db.destroy();
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function count(table: 'users' | 'cases' | 'audit_events' | 'follow_ups' | 'approvals') {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('seedDemoDataIfEmpty', () => {
  it('times everything from the given now: creation, stage, due dates and expiries', async () => {
    // A Monday morning just after a DST change, far from the mailbox's November.
    const now = new Date('2027-03-29T08:15:00Z');
    expect(await seedDemoDataIfEmpty(db, demoData, now)).toBe(true);
    const cs008 = await db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', 'cs-008')
      .executeTakeFirstOrThrow();
    const opened = instantOf({ businessHoursAgo: 1 }, calendarForQueue('service-ops'), now);
    expect(cs008.created_at).toBe(opened.toISOString());
    expect(cs008.created_at < now.toISOString()).toBe(true);
    const overdue = await db
      .selectFrom('follow_ups')
      .select('due_date')
      .where('id', '=', 'fu-004')
      .executeTakeFirstOrThrow();
    expect(overdue.due_date).toBe(addDays(londonToday(now), -3));
    const pending = await db
      .selectFrom('approvals')
      .select('expires_at')
      .where('id', '=', 'ap-005-2')
      .executeTakeFirstOrThrow();
    expect(pending.expires_at).toBe(new Date(now.getTime() + 120 * 86_400_000).toISOString());
    const states = await db.selectFrom('cases').select(['id', 'sla_state']).execute();
    expect(Object.fromEntries(states.map((s) => [s.id, s.sla_state]))).toMatchObject({
      'cs-003': 'on_track',
      'cs-011': 'at_risk',
      'cs-009': 'breached',
    });
  });

  it('seeds only an empty database, and a second call changes nothing', async () => {
    expect(await seedDemoDataIfEmpty(db, demoData)).toBe(true);
    const before = [await count('cases'), await count('audit_events'), await count('follow_ups')];
    expect(await seedDemoDataIfEmpty(db, demoData)).toBe(false);
    expect([await count('cases'), await count('audit_events'), await count('follow_ups')]).toEqual(
      before,
    );
  });

  it('writes nothing at all when any part of the data is refused', async () => {
    const [first, ...rest] = demoData.cases;
    if (!first) throw new Error('no demo cases');
    const broken: DemoData = {
      ...demoData,
      // The last case fails after the users, clients and other cases are written.
      cases: [
        ...rest,
        {
          ...first,
          id: 'cs-broken',
          approvals: [
            {
              id: 'ap-broken',
              kind: 'no_such_approval',
              policyReference: 'X',
              rationale: 'X',
              requestedBy: 'u-sa-sofia',
              requested: { businessDaysAgo: 1 },
              outcome: { status: 'pending' },
            },
          ],
        },
      ],
    };
    await expect(seedDemoDataIfEmpty(db, broken)).rejects.toThrow(/no_such_approval/);
    for (const table of ['users', 'cases', 'audit_events', 'approvals'] as const) {
      expect(await count(table), table).toBe(0);
    }
    expect(await seedDemoDataIfEmpty(db, demoData)).toBe(true);
  });

  it.skipIf(testDialect === 'postgres')(
    'loads the whole demo in under a second on SQLite',
    async () => {
      const started = performance.now();
      await seedDemoDataIfEmpty(db, demoData);
      expect(performance.now() - started).toBeLessThan(1000);
    },
  );
});
