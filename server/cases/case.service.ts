import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Case, CreateCaseInput } from '../../shared/cases/case.schema';
import { caseTypeDefinition } from '../../shared/cases/case-types';
import { findClientById, findContactById } from '../clients/client.repository';
import type { Database } from '../db/database';
import { insertLinkOnce } from '../emails/email-link.repository';
import { NotFoundError, ValidationError } from '../errors';
import type { AuthUser } from '../users/user.service';
import {
  findCaseById,
  findCaseBySourceMessage,
  insertCaseOnce,
  nextCounterValue,
  type CaseRow,
} from './case.repository';

/** Formats a case number the way people quote it on the phone: CASE-000123. */
export function caseReference(number: number): string {
  return `CASE-${String(number).padStart(6, '0')}`;
}

export function toCase(row: CaseRow): Case {
  return {
    id: row.id,
    reference: caseReference(row.number),
    version: row.version,
    clientId: row.client_id,
    clientName: row.client_name,
    contactId: row.contact_id,
    type: row.type as Case['type'],
    priority: row.priority as Case['priority'],
    stage: row.stage as Case['stage'],
    title: row.title,
    description: row.description,
    channel: row.channel as Case['channel'],
    queue: row.queue,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getCase(db: Kysely<Database>, id: string): Promise<Case> {
  const row = await findCaseById(db, id);
  if (!row) throw new NotFoundError('Case');
  return toCase(row);
}

// Thrown inside the transaction to roll back the counter when another request
// made the case from the same email first.
class CaseAlreadyMade extends Error {}

async function existingCaseFor(db: Kysely<Database>, internetMessageId: string) {
  const row = await findCaseBySourceMessage(db, internetMessageId);
  return row ? toCase(row) : undefined;
}

/**
 * Makes a case from an email, or returns the case that email already made.
 * The unique source-message column decides races, not a read-then-write.
 */
export async function createCaseFromEmail(
  db: Kysely<Database>,
  user: AuthUser,
  input: CreateCaseInput,
): Promise<{ case: Case; created: boolean }> {
  const messageId = input.sourceEmail.internetMessageId;
  const earlier = await existingCaseFor(db, messageId);
  if (earlier) return { case: earlier, created: false };

  if (!(await findClientById(db, input.clientId))) throw new NotFoundError('Client');
  if (input.contactId) {
    const contact = await findContactById(db, input.contactId);
    if (!contact || contact.client_id !== input.clientId) {
      throw new ValidationError('The contact does not belong to that client', {
        issues: [{ path: 'contactId', message: 'Not a contact of this client' }],
      });
    }
  }

  const id = randomUUID();
  const now = new Date().toISOString();
  try {
    await db.transaction().execute(async (trx) => {
      const number = await nextCounterValue(trx, 'case');
      const inserted = await insertCaseOnce(trx, {
        id,
        number,
        client_id: input.clientId,
        contact_id: input.contactId ?? null,
        type: input.type,
        priority: input.priority,
        stage: 'new',
        title: input.title,
        description: input.description,
        channel: input.channel,
        queue: caseTypeDefinition(input.type).queue,
        owner_id: user.id,
        source_message_id: messageId,
        created_by: user.id,
        created_at: now,
        updated_at: now,
        version: 1,
      });
      if (!inserted) throw new CaseAlreadyMade();
      await insertLinkOnce(trx, {
        id: randomUUID(),
        case_id: id,
        internet_message_id: messageId,
        conversation_id: input.sourceEmail.conversationId ?? null,
        subject: input.sourceEmail.subject,
        from_email: input.sourceEmail.from.email.toLowerCase(),
        received_at: input.sourceEmail.receivedAt,
        linked_by: user.id,
        linked_at: now,
      });
    });
  } catch (error) {
    if (!(error instanceof CaseAlreadyMade)) throw error;
    const winner = await existingCaseFor(db, messageId);
    if (!winner)
      throw new Error('Case from this email vanished after a conflict', { cause: error });
    return { case: winner, created: false };
  }
  return { case: await getCase(db, id), created: true };
}
