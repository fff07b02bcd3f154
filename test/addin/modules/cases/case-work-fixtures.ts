import type { FollowUp } from '../../../../shared/follow-ups/follow-up.schema';
import type { CaseNote } from '../../../../shared/notes/case-note.schema';

// Schema-valid notes and follow-ups for the pane's tests; every builder takes overrides.

export function aNote(overrides: Partial<CaseNote> = {}): CaseNote {
  return {
    id: 'note-1',
    caseId: 'case-1',
    body: 'Called the client back; she confirms both debits.',
    authorId: 'user-me',
    authorName: 'Sam Okafor',
    createdAt: '2025-03-04T10:00:00.000Z',
    ...overrides,
  };
}

export function aFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'fu-1',
    version: 3,
    clientId: 'client-northwind',
    caseId: 'case-1',
    interactionId: null,
    title: 'Send the fee refund letter',
    ownerId: 'user-me',
    ownerName: 'Sam Okafor',
    dueDate: '2025-03-10',
    status: 'open',
    closeCondition: null,
    createdBy: 'user-me',
    createdAt: '2025-03-04T10:00:00.000Z',
    updatedAt: '2025-03-04T10:00:00.000Z',
    completedAt: null,
    overdue: false,
    dueInDays: 6,
    ...overrides,
  };
}
