import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SourceEmail } from '../../shared/cases/case.schema';
import type { EmailLink, LinkedCase } from '../../shared/emails/email-link.schema';
import { findCaseById, listCasesByIds } from '../cases/case.repository';
import { toCase } from '../cases/case.service';
import { visibleCaseIds, type Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import { lockForTransaction } from '../db/transaction-lock';
import { DomainError, NotFoundError } from '../errors';
import { appendAudit, caseStream, createdFields, type ActorContext } from '../audit/audit.service';
import {
  findActiveCasesOfMessage,
  findLink,
  findLinksForEmail,
  insertLinkOnce,
  relinkOnce,
  type EmailLinkRow,
} from './email-link.repository';

/** A link row as the API shows it. */
export function toEmailLink(row: EmailLinkRow): EmailLink {
  return {
    id: row.id,
    caseId: row.case_id,
    internetMessageId: row.internet_message_id,
    conversationId: row.conversation_id,
    subject: row.subject,
    linkedBy: row.linked_by,
    linkedByName: row.linked_by_name,
    linkedAt: row.linked_at,
  };
}

/** The cases this email is on, by the message itself first and then by its conversation. */
export async function listLinkedCases(
  db: Kysely<Database>,
  viewer: Viewer,
  email: { internetMessageId?: string; conversationId?: string },
): Promise<{ items: LinkedCase[]; hiddenMessageCases: number }> {
  const links = await findLinksForEmail(db, email);
  const linkedIds = [...new Set(links.map((l) => l.case_id))];
  const visible = new Set(
    linkedIds.length === 0
      ? []
      : (await visibleCaseIds(db, viewer).where('cases.id', 'in', linkedIds).execute()).map(
          (r) => r.id,
        ),
  );
  const hiddenMessageCases = new Set(
    links
      .filter((l) => l.internet_message_id === email.internetMessageId && !visible.has(l.case_id))
      .map((l) => l.case_id),
  ).size;
  const cases = new Map((await listCasesByIds(db, [...visible])).map((c) => [c.id, c]));
  const byCase = new Map<string, LinkedCase>();
  for (const link of links) {
    const row = cases.get(link.case_id);
    if (!row) continue;
    const matchedBy =
      link.internet_message_id === email.internetMessageId ? 'message' : 'conversation';
    const seen = byCase.get(link.case_id);
    if (seen && (seen.matchedBy === 'message' || matchedBy === 'conversation')) continue;
    byCase.set(link.case_id, {
      case: toCase(row),
      link: toEmailLink(link),
      matchedBy,
      madeFromThisEmail: row.source_message_id === email.internetMessageId,
    });
  }
  const items = [...byCase.values()].sort((a, b) =>
    a.matchedBy === b.matchedBy ? 0 : a.matchedBy === 'message' ? -1 : 1,
  );
  return { items, hiddenMessageCases };
}

/** Links an email to an existing case; linking the same email twice changes nothing. */
export async function linkEmailToCase(
  db: Kysely<Database>,
  actor: ActorContext,
  caseId: string,
  email: SourceEmail,
): Promise<{ link: EmailLink; created: boolean }> {
  if (!(await findCaseById(db, caseId))) throw new NotFoundError('Case');
  const earlier = await findLink(db, caseId, email.internetMessageId);
  if (earlier && earlier.unlinked_at === null)
    return { link: toEmailLink(earlier), created: false };
  const id = earlier?.id ?? randomUUID();
  const now = new Date().toISOString();
  const created = await db.transaction().execute(async (trx) => {
    // One case per email: a message on another case is unlinked there before it moves.
    // Checked under a lock on the message so two links racing cannot both pass.
    await lockForTransaction(trx, `email:${email.internetMessageId}`);
    if ((await findActiveCasesOfMessage(trx, email.internetMessageId, caseId)).length > 0)
      throw new DomainError(
        'conflict',
        'This email is already on another case. Unlink it there first.',
      );
    const written = earlier
      ? await relinkOnce(trx, id, { linkedBy: actor.userId, linkedAt: now, subject: email.subject })
      : await insertLinkOnce(trx, {
          id,
          case_id: caseId,
          internet_message_id: email.internetMessageId,
          conversation_id: email.conversationId ?? null,
          subject: email.subject,
          from_email: email.from.email.toLowerCase(),
          received_at: email.receivedAt,
          linked_by: actor.userId,
          linked_at: now,
        });
    if (!written) return false;
    await appendAudit(trx, actor, {
      stream: caseStream(caseId),
      caseId,
      action: 'email.linked',
      entityType: 'email_link',
      entityId: id,
      changes: createdFields({
        internetMessageId: email.internetMessageId,
        conversationId: email.conversationId ?? null,
        subject: email.subject,
        receivedAt: email.receivedAt,
      }),
    });
    return true;
  });
  const link = await findLink(db, caseId, email.internetMessageId);
  if (!link) throw new Error('Email link vanished after insert');
  return { link: toEmailLink(link), created };
}
