import { randomUUID } from 'node:crypto';
import { CaseSchema, type Case, type CreateCaseInput } from '../../shared/cases/case.schema';
import { demoData } from '../../server/demo/demo-data';
import type { TestApp } from '../support/test-app';

const client = demoData.clients.find((c) => c.contacts.length > 0);
if (!client) throw new Error('The demo data needs a client with a contact');

/** A valid create-case body from a fresh email; override any field. */
export function newCaseInput(overrides: Partial<CreateCaseInput> = {}): CreateCaseInput {
  return {
    clientId: client!.id,
    contactId: client!.contacts[0]?.id,
    type: 'payment_investigation',
    priority: 'normal',
    title: 'Payment to supplier not received',
    description: 'The client says a payment sent on Monday has not arrived.',
    channel: 'email',
    sourceEmail: {
      internetMessageId: `<${randomUUID()}@mail.example>`,
      conversationId: `conv-${randomUUID()}`,
      subject: 'Payment not received',
      from: {
        name: 'Client Contact',
        email: client!.contacts[0]?.email ?? 'someone@client.example',
      },
      receivedAt: '2026-11-18T09:00:00.000Z',
    },
    ...overrides,
  };
}

/** Creates a case through the API as the given user, as the task pane would. */
export async function createCase(
  t: TestApp,
  userId: string,
  overrides: Partial<CreateCaseInput> = {},
): Promise<Case> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { authorization: `Bearer ${await t.tokenFor(userId)}` },
    payload: newCaseInput(overrides),
  });
  if (response.statusCode !== 201)
    throw new Error(`createCase: ${response.statusCode} ${response.body}`);
  return CaseSchema.parse(response.json());
}
