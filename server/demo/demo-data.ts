import { demoCases } from './demo-cases';
import { demoClients } from './demo-clients';
import type { DemoData } from './demo-data.types';
import { demoMailbox } from './demo-mailbox';
import { demoClientWatch, demoFollowUps, demoInteractions } from './demo-relationships';
import { demoUsers } from './demo-users';

/** Everything the server seeds into an empty database, plus the demo mailbox. */
export const demoData: DemoData = {
  users: demoUsers,
  clients: demoClients,
  cases: demoCases,
  clientWatch: demoClientWatch,
  interactions: demoInteractions,
  followUps: demoFollowUps,
  mailbox: demoMailbox,
};
