import { randomUUID } from 'node:crypto';
import { ApprovalSchema, type Approval } from '../../../shared/approvals/approval.schema';
import {
  CaseSchema,
  type Case,
  type CaseType,
  type Stage,
} from '../../../shared/cases/case.schema';
import { ErrorBodySchema } from '../../../shared/errors';
import { demoData } from '../../../server/demo/demo-data';
import type { TestApp } from '../../support/test-app';

type Response = { statusCode: number; json: () => unknown };

const demoClient = (() => {
  const client = demoData.clients.find((c) => c.contacts.length > 0);
  if (!client) throw new Error('the demo data needs a client with a contact');
  return client;
})();

export function errorOf(response: Response) {
  return ErrorBodySchema.parse(response.json()).error;
}

export function approvalOf(response: Response): Approval {
  return ApprovalSchema.parse(response.json());
}

export const validRequest = {
  refund: {
    kind: 'refund',
    amount: '750.00',
    currency: 'EUR',
    policyReference: 'PAY-REF-4.2',
    rationale: 'Fee charged twice on the same SEPA transfer; refund the duplicate.',
  },
  policyException: (expiresAt: string) => ({
    kind: 'policy_exception',
    policyReference: 'CR-LIM-7',
    rationale: 'Temporary limit increase while the group sets up cash pooling.',
    expiresAt,
  }),
};

/** Calls the API as one user: `authorization` is a ready "Bearer ..." header. */
export function apiFor(t: TestApp) {
  const inject = (
    method: 'GET' | 'POST',
    url: string,
    authorization: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { authorization, ...headers },
      ...(payload ? { payload } : {}),
    });

  async function createCase(authorization: string, type: CaseType): Promise<Case> {
    const response = await inject('POST', '/api/cases', authorization, {
      clientId: demoClient.id,
      type,
      priority: 'normal',
      title: `A ${type} case`,
      description: '',
      channel: 'email',
      sourceEmail: {
        internetMessageId: `<${randomUUID()}@mail.example>`,
        subject: 'Please help',
        from: { name: 'A Contact', email: 'a.contact@mail.example' },
        receivedAt: '2026-11-02T09:00:00.000Z',
      },
    });
    if (response.statusCode !== 201) throw new Error(`case not created: ${response.body}`);
    return CaseSchema.parse(response.json());
  }

  async function getCase(authorization: string, id: string): Promise<Case> {
    return CaseSchema.parse((await inject('GET', `/api/cases/${id}`, authorization)).json());
  }

  async function moveCase(authorization: string, caseId: string, to: Stage): Promise<Case> {
    const current = await getCase(authorization, caseId);
    const response = await inject(
      'POST',
      `/api/cases/${caseId}/transitions`,
      authorization,
      { to },
      { 'if-match': `"${current.version}"` },
    );
    if (response.statusCode !== 200) throw new Error(`case not moved: ${response.body}`);
    return CaseSchema.parse(response.json());
  }

  return {
    inject,
    createCase,
    getCase,
    moveCase,
    request: (authorization: string, caseId: string, body: object) =>
      inject('POST', `/api/cases/${caseId}/approvals`, authorization, body),
    decide: (authorization: string, id: string, body: object, ifMatch?: string) =>
      inject(
        'POST',
        `/api/approvals/${id}/decision`,
        authorization,
        body,
        ifMatch ? { 'if-match': ifMatch } : {},
      ),
    withdraw: (authorization: string, id: string) =>
      inject('POST', `/api/approvals/${id}/withdraw`, authorization),
    get: (authorization: string, url: string) => inject('GET', url, authorization),
  };
}

/** Bearer headers for the demo people the approval tests use. */
export async function bearers(t: TestApp) {
  const bearer = async (userId: string) => `Bearer ${await t.tokenFor(userId)}`;
  // A manager sees the work of their team; give the second manager Grace's.
  await t.db
    .insertInto('users')
    .values({
      id: 'u-test-mgr2',
      tenant_id: 'dev-tenant',
      object_id: 'u-test-mgr2',
      name: 'Mike Second-Manager',
      email: 'mike.manager@northbridge.example',
      roles: JSON.stringify(['manager']),
      team: 'service-ops',
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return {
    sofia: await bearer('u-sa-sofia'),
    tom: await bearer('u-sa-tom'),
    grace: await bearer('u-mg-grace'),
    owen: await bearer('u-au-owen'),
    amelia: await bearer('u-rm-amelia'),
    /** A second manager on Grace's team. */
    mike: `Bearer ${await t.issuer.mint({
      userId: 'u-test-mgr2',
      name: 'Mike Second-Manager',
      email: 'mike.manager@northbridge.example',
      roles: ['manager'],
    })}`,
  };
}
