import type { FieldChange } from '../../shared/audit/audit.schema';
import type { ActivityItem } from '../../shared/clients/brief.schema';
import type { InteractionKind } from '../../shared/interactions/interaction.schema';
import { describeEvent } from '../audit/audit-summary';
import { caseReference } from '../cases/case.service';

/** The brief lists at most this many lines of recent activity. */
export const recentActivityLimit = 10;

const notesExcerptLength = 160;

export type InteractionFact = {
  id: string;
  kind: string;
  occurred_at: string;
  purpose: string;
  notes: string;
  sensitive: number;
};

export type EmailFact = {
  case_id: string;
  case_number: number;
  subject: string;
  received_at: string;
};

export type CaseEventFact = {
  case_id: string | null;
  case_number: number;
  actor_id: string;
  actor_name: string | null;
  action: string;
  changes: string;
  at: string;
};

function excerpt(text: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return undefined;
  return flat.length > notesExcerptLength ? `${flat.slice(0, notesExcerptLength - 1)}…` : flat;
}

/** An interaction as a line of activity; a sensitive one never carries its notes. */
export function interactionActivity(row: InteractionFact): ActivityItem {
  const sensitive = row.sensitive === 1;
  const detail = sensitive ? undefined : excerpt(row.notes);
  return {
    kind: 'interaction',
    at: row.occurred_at,
    title: row.purpose,
    ...(detail ? { detail } : {}),
    interactionKind: row.kind as InteractionKind,
    sensitive,
  };
}

function isoOrAsIs(value: string): string {
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

export function emailActivity(row: EmailFact): ActivityItem {
  return {
    kind: 'email',
    // Received times keep the sender's offset; one form makes them sort with the rest.
    at: isoOrAsIs(row.received_at),
    title: row.subject || '(no subject)',
    caseId: row.case_id,
    caseReference: caseReference(row.case_number),
  };
}

function parseChanges(text: string): FieldChange[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as FieldChange[]) : [];
  } catch {
    return [];
  }
}

export function caseEventActivity(row: CaseEventFact): ActivityItem {
  const actorName =
    row.actor_name ?? (row.actor_id === 'system' ? 'Caseline (automatic)' : row.actor_id);
  return {
    kind: 'case_event',
    at: row.at,
    title: describeEvent(actorName, row.action, parseChanges(row.changes)),
    ...(row.case_id ? { caseId: row.case_id } : {}),
    caseReference: caseReference(row.case_number),
  };
}

function instant(item: ActivityItem): number {
  const t = Date.parse(item.at);
  return Number.isNaN(t) ? 0 : t;
}

/** Every source's lines merged newest first, cut to the brief's limit. */
export function mergeActivity(...sources: ActivityItem[][]): ActivityItem[] {
  return sources
    .flat()
    .sort((a, b) => instant(b) - instant(a))
    .slice(0, recentActivityLimit);
}
