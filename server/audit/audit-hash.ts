import { createHash } from 'node:crypto';

/** The hash the first event of every stream links back to. */
export const genesisHash = '0'.repeat(64);

/** JSON with keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What an event's hash covers: everything it records, and the hash before it. */
export type HashedEventContent = {
  stream: string;
  seq: number;
  caseId: string | null;
  actorId: string;
  requestId: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: unknown;
  at: string;
  prevHash: string;
};

export function eventHash(content: HashedEventContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
