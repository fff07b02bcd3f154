import type { CaseTable, CounterTable } from '../cases/case.table';
import type { AccountTable, ClientTable, ContactTable } from '../clients/client.table';
import type { EmailLinkTable } from '../emails/email-link.table';
import type { UserTable } from '../users/user.table';

/** Every table Kysely knows about, composed from each feature's table file. */
export type Database = {
  users: UserTable;
  clients: ClientTable;
  contacts: ContactTable;
  accounts: AccountTable;
  cases: CaseTable;
  counters: CounterTable;
  email_links: EmailLinkTable;
};
