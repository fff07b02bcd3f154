import { expect } from 'vitest';
import type { CreateFollowUpInput } from '../../../shared/follow-ups/follow-up.schema';
import { FollowUpSchema, type FollowUp } from '../../../shared/follow-ups/follow-up.schema';
import { ErrorBodySchema } from '../../../shared/errors';
import type { TestApp } from '../../support/test-app';

// Helpers the follow-up and interaction tests share; not a test file itself.

type Injected = { statusCode: number; json: () => unknown; headers: Record<string, unknown> };

export function errorOf(response: { json: () => unknown }) {
  return ErrorBodySchema.parse(response.json()).error;
}

export function followUpInput(overrides: Partial<CreateFollowUpInput> = {}): CreateFollowUpInput {
  return {
    title: 'Send the revised facility letter',
    dueDate: '2030-01-15',
    closeCondition: 'Client has the signed letter',
    ...overrides,
  };
}

/** Calls the API as one signed-in user. */
export function apiAs(t: TestApp, token: string) {
  const authorization = `Bearer ${token}`;
  return {
    get: (url: string) => t.app.inject({ method: 'GET', url, headers: { authorization } }),
    post: (url: string, payload: unknown) =>
      t.app.inject({ method: 'POST', url, headers: { authorization }, payload: payload as object }),
    patch: (url: string, payload: unknown, ifMatch?: string) =>
      t.app.inject({
        method: 'PATCH',
        url,
        headers: { authorization, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
        payload: payload as object,
      }),
  };
}

export type Api = ReturnType<typeof apiAs>;

/** Creates a follow-up through the API and answers it, failing the test on anything but 201. */
export async function createFollowUp(
  api: Api,
  url: string,
  overrides: Partial<CreateFollowUpInput> = {},
): Promise<FollowUp> {
  const response: Injected = await api.post(url, followUpInput(overrides));
  expect(response.statusCode, JSON.stringify(response.json())).toBe(201);
  return FollowUpSchema.parse(response.json());
}

/** Rows in the tables these features write, to prove a refused request wrote nothing. */
export async function rowCounts(t: TestApp) {
  const count = async (table: 'follow_ups' | 'interactions' | 'audit_events') => {
    const row = await t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    followUps: await count('follow_ups'),
    interactions: await count('interactions'),
    auditEvents: await count('audit_events'),
  };
}
