import type { Kysely } from 'kysely';
import type { UpdateCaseInput } from '../../shared/cases/case-commands.schema';
import type { Case } from '../../shared/cases/case.schema';
import { appendAudit, caseStream, diffFields, type ActorContext } from '../audit/audit.service';
import type { Database } from '../db/database';
import { NotFoundError, ValidationError } from '../errors';
import { staleVersion } from '../http/preconditions';
import { findUserById } from '../users/user.repository';
import { mayOwnCase } from './case-assignment';
import { findCaseById, updateCaseAtVersion } from './case.repository';
import { getCase, refreshCaseSla } from './case.service';

/** Edits a case's fields at the version the caller saw; a stale version is refused, never merged. */
export async function updateCase(
  db: Kysely<Database>,
  actor: ActorContext,
  caseId: string,
  version: number,
  patch: UpdateCaseInput,
): Promise<Case> {
  await db.transaction().execute(async (trx) => {
    const row = await findCaseById(trx, caseId);
    if (!row) throw new NotFoundError('Case');
    if (row.version !== version) throw staleVersion('case', row.version);
    const newOwner = patch.ownerId ? await findUserById(trx, patch.ownerId) : undefined;
    if (patch.ownerId && !newOwner) {
      throw new ValidationError('No such user to own the case', {
        issues: [{ path: 'ownerId', message: 'Unknown user' }],
      });
    }
    // An owner who could not open the case would hold work nobody sees moving.
    if (newOwner && !(await mayOwnCase(trx, newOwner, caseId))) {
      throw new ValidationError(`${newOwner.name} cannot work this case`, {
        issues: [{ path: 'ownerId', message: 'This person may not own this case' }],
      });
    }
    const now = new Date().toISOString();
    const before = {
      title: row.title,
      description: row.description,
      priority: row.priority,
      ownerId: row.owner_id,
      queue: row.queue,
      materialImpact: row.material_impact === 1,
      rootCause: row.root_cause,
      customerResponse: row.customer_response,
      acknowledgedAt: row.acknowledged_at,
    };
    const after = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([key]) => key !== 'acknowledged')),
      acknowledgedAt: patch.acknowledged ? (row.acknowledged_at ?? now) : row.acknowledged_at,
    };
    const changes = diffFields(before, after);
    if (changes.length === 0) return;
    // Names beside the ids, so the timeline can say who the case went to.
    if (changes.some((c) => c.field === 'ownerId')) {
      const previous = row.owner_id ? await findUserById(trx, row.owner_id) : undefined;
      changes.push({
        field: 'ownerName',
        before: previous?.name ?? null,
        after: newOwner?.name ?? null,
      });
    }
    const written = await updateCaseAtVersion(trx, caseId, version, {
      title: after.title,
      description: after.description,
      priority: after.priority,
      owner_id: after.ownerId,
      queue: after.queue,
      material_impact: after.materialImpact ? 1 : 0,
      root_cause: after.rootCause,
      customer_response: after.customerResponse,
      acknowledged_at: after.acknowledgedAt,
      updated_at: now,
    });
    if (!written) throw staleVersion('case', version + 1);
    await appendAudit(trx, actor, {
      stream: caseStream(caseId),
      caseId,
      action: 'case.updated',
      entityType: 'case',
      entityId: caseId,
      changes,
    });
    await refreshCaseSla(trx, caseId, new Date(now));
  });
  return getCase(db, caseId);
}
