import type { Kysely } from 'kysely';
import type { UnlinkedEmailLink } from '../../shared/emails/email-link.schema';
import { appendAudit, caseStream, type ActorContext } from '../audit/audit.service';
import type { Database } from '../db/database';
import { DomainError, NotFoundError } from '../errors';
import { findLinkById, markUnlinked } from './email-link.repository';
import { toEmailLink } from './email-link.service';

/**
 * Takes an email off a case, saying why. The row stays, marked as undone, so the
 * case keeps a record of the email; only a link still in place can be undone.
 */
export async function unlinkEmail(
  db: Kysely<Database>,
  actor: ActorContext,
  caseId: string,
  linkId: string,
  reason: string,
): Promise<UnlinkedEmailLink> {
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const link = await findLinkById(trx, caseId, linkId);
    // A link already undone is gone as far as the caller is concerned.
    if (!link || link.unlinked_at !== null) throw new NotFoundError('Email link');
    // The email a case was made from is its origin: taking it off would let the same
    // email make a second case, so a case opened in error is closed instead.
    const made = await trx
      .selectFrom('cases')
      .select('source_message_id')
      .where('id', '=', caseId)
      .executeTakeFirst();
    if (made?.source_message_id === link.internet_message_id)
      throw new DomainError(
        'conflict',
        'This case was made from this email, so the email stays on it. If the case was opened in error, close it with that reason.',
      );
    if (!(await markUnlinked(trx, linkId, { at, by: actor.userId, reason })))
      throw new NotFoundError('Email link');
    await appendAudit(trx, actor, {
      stream: caseStream(caseId),
      caseId,
      action: 'email.unlinked',
      entityType: 'email_link',
      entityId: linkId,
      changes: [
        { field: 'internetMessageId', before: link.internet_message_id, after: null },
        { field: 'subject', before: link.subject, after: null },
        { field: 'unlinkReason', before: null, after: reason },
      ],
    });
  });
  const row = await findLinkById(db, caseId, linkId);
  if (!row?.unlinked_at || !row.unlinked_by || row.unlink_reason === null)
    throw new Error('Email link lost its unlink after the update');
  return {
    ...toEmailLink(row),
    unlinkedAt: row.unlinked_at,
    unlinkedBy: row.unlinked_by,
    unlinkReason: row.unlink_reason,
  };
}
