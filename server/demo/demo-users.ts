import type { DemoUser } from './demo-data.types';

// The bank's own people. Ids are fixed: clients, cases and tests refer to them.
export const demoUsers: DemoUser[] = [
  {
    id: 'u-rm-amelia',
    name: 'Amelia Hart',
    email: 'amelia.hart@northbridge.example',
    roles: ['relationship_manager'],
    team: 'private-banking',
  },
  {
    id: 'u-rm-rahul',
    name: 'Rahul Mehta',
    email: 'rahul.mehta@northbridge.example',
    roles: ['relationship_manager'],
    team: 'commercial',
  },
  {
    id: 'u-sa-sofia',
    name: 'Sofia Lind',
    email: 'sofia.lind@northbridge.example',
    roles: ['service_agent'],
    team: 'service-ops',
  },
  {
    id: 'u-sa-tom',
    name: 'Tom Okafor',
    email: 'tom.okafor@northbridge.example',
    roles: ['service_agent'],
    team: 'payments-ops',
  },
  {
    id: 'u-mg-grace',
    name: 'Grace Whitfield',
    email: 'grace.whitfield@northbridge.example',
    roles: ['manager'],
    team: 'service-ops',
  },
  {
    id: 'u-au-owen',
    name: 'Owen Park',
    email: 'owen.park@northbridge.example',
    roles: ['auditor'],
    team: 'audit',
  },
  {
    id: 'u-ad-nadia',
    name: 'Nadia Costa',
    email: 'nadia.costa@northbridge.example',
    roles: ['admin'],
    team: 'platform',
  },
];
