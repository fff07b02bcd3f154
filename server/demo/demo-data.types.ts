import type { CaseType, Priority, Stage } from '../../shared/cases/case.schema';
import type { Segment } from '../../shared/clients/client.schema';
import type { MailboxItem } from '../../shared/mailbox/mailbox-item.schema';
import type { Role } from '../../shared/users/user.schema';
import type {
  DemoApproval,
  DemoClientWatch,
  DemoClosure,
  DemoEvidence,
  DemoFollowUp,
  DemoInteraction,
  DemoStep,
  DemoWhen,
} from './demo-work.types';

// Shapes of the invented demo data the seed loads into an empty database.
// Every address uses an `.example` domain; the bank itself is northbridge.example.

export type DemoUser = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  team: string;
};

export type DemoContact = { id: string; name: string; email: string; role: string | null };

export type DemoAccount = {
  id: string;
  number: string;
  product: string;
  currency: string;
  /** Decimal string in major units, e.g. "12500.00". */
  balance: string;
  status: 'active' | 'dormant' | 'restricted' | 'closed';
};

export type DemoClient = {
  id: string;
  name: string;
  segment: Segment;
  ownerId: string;
  /** ISO date the relationship began. */
  clientSince: string;
  riskRating: 'low' | 'medium' | 'high';
  contacts: DemoContact[];
  accounts: DemoAccount[];
};

export type DemoCase = {
  id: string;
  clientId: string;
  contactId: string | null;
  type: CaseType;
  priority: Priority;
  /** The stage the steps end in. */
  stage: Stage;
  title: string;
  description: string;
  queue: string;
  ownerId: string | null;
  createdBy: string;
  /** When the case was logged, in stage `new`. */
  opened: DemoWhen;
  /** Set when the case was made from one of the demo mailbox's emails. */
  sourceMessageId: string | null;
  /** Money movement or loss of access, as the handler flagged it. */
  materialImpact?: boolean;
  /** Every move after creation, oldest first, ending in `stage`. */
  steps: DemoStep[];
  /** Set on the first move into resolved or closed. */
  closure?: DemoClosure;
  evidence?: DemoEvidence[];
  approvals?: DemoApproval[];
};

export type DemoData = {
  users: DemoUser[];
  clients: DemoClient[];
  cases: DemoCase[];
  clientWatch: DemoClientWatch[];
  interactions: DemoInteraction[];
  followUps: DemoFollowUp[];
  mailbox: MailboxItem[];
};
