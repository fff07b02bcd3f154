import type { Kysely } from 'kysely';
import { caseTypeDefinition } from '../../shared/cases/case-types';
import type { CaseType } from '../../shared/cases/case.schema';
import type { DraftFacts } from '../../shared/drafts/placeholders';
import type { CaseClocks } from '../../shared/sla/timers';
import type { CaseRow } from '../cases/case.repository';
import { caseReference } from '../cases/case.service';
import { findContactById } from '../clients/client.repository';
import type { Database } from '../db/database';
import { listEvidenceOfCase } from '../evidence/evidence.repository';
import { evidenceChecklist, toEvidenceItem } from '../evidence/evidence.service';
import { clocksOfCase } from '../sla/case-clocks';
import { customerRequests } from './customer-requests';

// Letters to UK customers give dates the UK way, in UK time: "27 November 2026".
const ukDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });

/**
 * The date a customer is told to expect an answer by: the final-response date
 * for complaints, otherwise the resolution date. None while that clock is paused
 * or stopped, so the placeholder stays for the handler to fill in.
 */
export function promisedDate(clocks: CaseClocks): string | undefined {
  const timer = (name: string) => clocks.timers.find((t) => t.timer === name);
  const due = (timer('final_response') ?? timer('resolution'))?.dueAt;
  return due ? ukDate.format(new Date(due)) : undefined;
}

/**
 * Required checklist items no evidence meets yet that the customer can supply, one
 * per line, for a request to the customer. None leaves the placeholder for the handler.
 */
async function missingItems(db: Kysely<Database>, row: CaseRow): Promise<string | undefined> {
  const definition = caseTypeDefinition(row.type as CaseType);
  const items = (await listEvidenceOfCase(db, row.id, { includeRemoved: false })).map(
    toEvidenceItem,
  );
  const asks = evidenceChecklist(definition, items).flatMap((i) => {
    const ask = customerRequests[i.key];
    return i.required && !i.satisfied && ask ? [`- ${ask}`] : [];
  });
  return asks.length ? asks.join('\n') : undefined;
}

/** Everything a template may name, read from the case as it stands now. */
export async function factsOfCase(
  db: Kysely<Database>,
  row: CaseRow,
  sender: { name: string },
  now: Date,
): Promise<DraftFacts> {
  const contact = row.contact_id ? await findContactById(db, row.contact_id) : undefined;
  return {
    'client.name': row.client_name,
    'contact.name': contact?.name,
    'case.reference': caseReference(row.number),
    'case.title': row.title,
    'case.type': caseTypeDefinition(row.type as CaseType).label.toLowerCase(),
    'missing.items': await missingItems(db, row),
    'sla.dueDate': promisedDate(await clocksOfCase(db, row, now)),
    'owner.name': row.owner_name ?? undefined,
    'sender.name': sender.name,
  };
}
