import type { Kysely } from 'kysely';
import { z } from 'zod';
import type {
  AccountItem,
  ClientBrief,
  RecentActivity,
  RelationshipSnapshot,
  WatchItems,
} from '../../shared/clients/brief.schema';
import type { Client, Contact } from '../../shared/clients/client.schema';
import type { Role } from '../../shared/users/user.schema';
import { londonToday } from '../../shared/follow-ups/due-date';
import { caseReference } from '../cases/case.service';
import { getClient } from '../clients/client.service';
import type { Viewer } from '../authz/visibility';
import type { Database } from '../db/database';
import { listInteractions } from '../interactions/interaction.repository';
import { briefScope, scopeActivity, scopeOpenItems, scopeWatchItems } from './brief-scope';
import { loadOpenItems } from './brief-open-items';
import {
  countComplaintCases,
  findClientWatch,
  listAccountsOfClient,
  listOpenEscalationsOfClient,
  listRecentCaseEventsOfClient,
  listRecentEmailsOfClient,
} from './brief.repository';
import {
  caseEventActivity,
  emailActivity,
  interactionActivity,
  mergeActivity,
  recentActivityLimit,
} from './recent-activity';
import { suggestActions } from './suggested-actions';

const RestrictionsSchema = z.array(z.string());

/** Whole years from one YYYY-MM-DD date to another; never negative. */
export function wholeYearsBetween(from: string, to: string): number {
  const [fy = 0, fm = 0, fd = 0] = from.slice(0, 10).split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = to.slice(0, 10).split('-').map(Number);
  const beforeAnniversary = tm < fm || (tm === fm && td < fd);
  return Math.max(0, ty - fy - (beforeAnniversary ? 1 : 0));
}

/** A bad value in the column should not hide the rest of the brief: it reads as no restrictions. */
function parseRestrictions(stored: string): string[] {
  try {
    const parsed = RestrictionsSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function keyContacts(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort((a, b) => Number(a.role === null) - Number(b.role === null));
}

function relationshipSnapshot(
  client: Client,
  accounts: readonly AccountItem[],
  today: string,
): RelationshipSnapshot {
  const { id, name, segment, ownerId, ownerName } = client;
  return {
    client: { id, name, segment, ownerId, ownerName },
    tenure: {
      clientSince: client.clientSince,
      years: wholeYearsBetween(client.clientSince, today),
    },
    products: [...new Set(accounts.map((a) => a.product))].sort((a, b) => a.localeCompare(b)),
    keyContacts: keyContacts(client.contacts),
  };
}

async function accountsOf(db: Kysely<Database>, clientId: string): Promise<AccountItem[]> {
  const rows = await listAccountsOfClient(db, clientId);
  return rows.map((row) => ({ ...row, status: row.status as AccountItem['status'] }));
}

async function recentActivity(db: Kysely<Database>, clientId: string): Promise<RecentActivity> {
  const limit = recentActivityLimit;
  const [interactions, emails, events] = await Promise.all([
    listInteractions(db, { clientId, limit }),
    listRecentEmailsOfClient(db, clientId, limit),
    // A linked email is listed as the email itself, so its audit event would repeat it.
    listRecentCaseEventsOfClient(db, clientId, { excludeActions: ['email.linked'], limit }),
  ]);
  return {
    items: mergeActivity(
      interactions.map(interactionActivity),
      emails.map(emailActivity),
      events.map(caseEventActivity),
    ),
  };
}

async function watchItems(
  db: Kysely<Database>,
  client: Client,
  openComplaintReferences: string[],
  now: Date,
): Promise<WatchItems> {
  const yearAgo = new Date(now);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  const [watch, complaints, escalations] = await Promise.all([
    findClientWatch(db, client.id),
    countComplaintCases(db, client.id, yearAgo.toISOString()),
    listOpenEscalationsOfClient(db, client.id),
  ]);
  return {
    riskRating: client.riskRating,
    restrictions: parseRestrictions(watch?.restrictions ?? '[]'),
    vulnerable: watch?.vulnerable === 1,
    vulnerabilityNote: watch?.vulnerability_note ?? null,
    nextReviewDate: watch?.next_review_date ?? null,
    complaintHistory: {
      last12Months: complaints.recent,
      total: complaints.total,
      openReferences: openComplaintReferences,
    },
    openEscalations: escalations.map((row) => ({
      id: row.id,
      caseId: row.case_id,
      caseReference: caseReference(row.case_number),
      reason: row.reason,
      decideRole: row.decide_role as Role,
      decideBy: row.decide_by,
    })),
  };
}

/**
 * The client brief: six sections built from a fixed number of queries, however many
 * cases the client has. Unknown clients are a NotFoundError.
 */
export async function getClientBrief(
  db: Kysely<Database>,
  viewer: Viewer,
  clientId: string,
  now: Date = new Date(),
): Promise<ClientBrief> {
  const client = await getClient(db, clientId);
  const today = londonToday(now);
  const [accounts, activity, open, scope] = await Promise.all([
    accountsOf(db, clientId),
    recentActivity(db, clientId),
    loadOpenItems(db, clientId, now, today),
    briefScope(db, viewer, clientId),
  ]);
  // A service agent sees the client, but only the cases of their queues; meetings
  // and client follow-ups stay with the relationship team.
  const openItems = scopeOpenItems(open.openItems, scope);
  const openComplaints = openItems.cases
    .filter((c) => c.type === 'complaint')
    .map((c) => c.reference);
  const watch = scopeWatchItems(await watchItems(db, client, openComplaints, now), scope);
  const suggestions = suggestActions({
    now,
    today,
    openFollowUps: openItems.followUps,
    openCases: open.caseFacts.filter((c) => scope.caseIds.has(c.id)),
    missingEvidence: openItems.missingEvidence,
    pendingApprovals: openItems.approvals,
    nextReviewDate: watch.nextReviewDate,
  });
  return {
    generatedAt: now.toISOString(),
    relationshipSnapshot: relationshipSnapshot(client, accounts, today),
    recentActivity: scopeActivity(activity, scope),
    openItems,
    accountContext: { accounts },
    watchItems: watch,
    suggestedActions: { items: suggestions },
  };
}
