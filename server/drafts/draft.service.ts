import type { Kysely } from 'kysely';
import type { DraftPurpose, PreparedReply } from '../../shared/drafts/draft.schema';
import { fillPlaceholders, placeholderText } from '../../shared/drafts/placeholders';
import { appendAudit, caseStream, type ActorContext } from '../audit/audit.service';
import { findCaseById } from '../cases/case.repository';
import type { Database } from '../db/database';
import { NotFoundError } from '../errors';
import { factsOfCase } from './draft-facts';
import { findTemplateFor } from './draft-template.repository';

/**
 * Fills the case type's template for a purpose from the case's facts, and notes on
 * the case that a reply was prepared. Nothing is sent: a person reviews the draft
 * in their mail client and sends it, or not.
 */
export async function prepareDraft(
  db: Kysely<Database>,
  actor: ActorContext,
  sender: { name: string },
  caseId: string,
  purpose: DraftPurpose,
): Promise<PreparedReply> {
  const row = await findCaseById(db, caseId);
  if (!row) throw new NotFoundError('Case');
  const template = await findTemplateFor(db, row.type, purpose);
  if (!template) throw new NotFoundError('Template');
  const facts = await factsOfCase(db, row, sender, new Date(actor.at ?? Date.now()));
  const subject = fillPlaceholders(template.subject, facts);
  const body = fillPlaceholders(template.body, facts);
  const missing = [...new Set([...subject.missing, ...body.missing])];
  await db.transaction().execute(async (trx) => {
    // Drafting is not sending, but the trail shows who prepared what, from which text.
    await appendAudit(trx, actor, {
      stream: caseStream(caseId),
      caseId,
      action: 'draft.prepared',
      entityType: 'template',
      entityId: template.id,
      changes: [
        { field: 'purpose', before: null, after: purpose },
        { field: 'templateVersion', before: null, after: template.version },
        { field: 'missingFacts', before: null, after: missing },
      ],
    });
  });
  return {
    caseId,
    purpose,
    templateId: template.id,
    templateVersion: template.version,
    subject: subject.text,
    body: body.text,
    missingFacts: missing.map(placeholderText),
  };
}
