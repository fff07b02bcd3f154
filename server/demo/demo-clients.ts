import { commercialClients } from './demo-clients-commercial';
import { insuranceClients } from './demo-clients-insurance';
import { privateBankingClients, retailClients } from './demo-clients-retail-private';
import type { DemoClient } from './demo-data.types';

/** Every demo client, retail first, in id order (cl-001 … cl-030). */
export const demoClients: DemoClient[] = [
  ...retailClients,
  ...privateBankingClients,
  ...commercialClients,
  ...insuranceClients,
];
