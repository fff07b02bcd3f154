import { account, contact } from './demo-builders';
import type { DemoClient } from './demo-data.types';

// Insurance clients: small businesses with commercial cover (with Rahul Mehta)
// and households with personal cover (with Amelia Hart). Their "accounts" are
// policies; the balance is premium outstanding, negative when in arrears.

export const insuranceClients: DemoClient[] = [
  {
    id: 'cl-025',
    name: 'Pennant Bakeries Ltd',
    segment: 'insurance',
    ownerId: 'u-rm-rahul',
    clientSince: '2019-03-04',
    riskRating: 'low',
    contacts: [
      contact(
        'ct-052',
        'Rhodri Pennant',
        'rhodri.pennant@pennant-bakeries.example',
        'Owner-director',
      ),
      contact('ct-053', 'Gemma Bright', 'gemma.bright@pennant-bakeries.example', 'Office Manager'),
    ],
    accounts: [
      account('ac-065', 'POL-CC-4418207', 'Commercial Combined Insurance', 'GBP', '0.00'),
      account('ac-066', 'POL-BI-4418215', 'Business Interruption Insurance', 'GBP', '0.00'),
    ],
  },
  {
    id: 'cl-026',
    name: 'Greywell Marine Charters Ltd',
    segment: 'insurance',
    ownerId: 'u-rm-rahul',
    clientSince: '2016-05-16',
    riskRating: 'medium',
    contacts: [
      contact('ct-054', 'Callum Greywell', 'callum.greywell@greywell-marine.example', 'Director'),
      contact(
        'ct-055',
        'Inês Duarte',
        'ines.duarte@greywell-marine.example',
        'Fleet Administrator',
      ),
    ],
    accounts: [
      account('ac-067', 'POL-MH-7720391', 'Marine Hull and Machinery Insurance', 'EUR', '0.00'),
      account('ac-068', 'POL-PI-7720405', 'Protection and Indemnity Cover', 'EUR', '0.00'),
    ],
  },
  {
    id: 'cl-027',
    name: 'Halden Veterinary Surgeons Ltd',
    segment: 'insurance',
    ownerId: 'u-rm-rahul',
    clientSince: '2021-10-11',
    riskRating: 'low',
    contacts: [
      contact('ct-056', 'Freya Halden', 'freya.halden@halden-vets.example', 'Clinical Director'),
      contact('ct-057', 'Nathan Cole', 'nathan.cole@halden-vets.example', 'Practice Manager'),
    ],
    accounts: [
      account('ac-069', 'POL-PI-5902176', 'Professional Indemnity Insurance', 'GBP', '0.00'),
      account('ac-070', 'POL-CP-5902184', 'Commercial Property Insurance', 'GBP', '-486.25'),
    ],
  },
  {
    id: 'cl-028',
    name: 'Thomas and Ruth Ellery',
    segment: 'insurance',
    ownerId: 'u-rm-amelia',
    clientSince: '2007-08-30',
    riskRating: 'low',
    contacts: [
      contact('ct-058', 'Thomas Ellery', 'thomas.ellery@postmail.example', 'Policyholder'),
      contact('ct-059', 'Ruth Ellery', 'ruth.ellery@inbox.example', 'Joint policyholder'),
    ],
    accounts: [
      account('ac-071', 'HH-5530921', 'Home Buildings and Contents Insurance', 'GBP', '0.00'),
      account('ac-072', 'LT-2209814', 'Joint Level Term Life Insurance', 'GBP', '0.00'),
    ],
  },
  {
    id: 'cl-029',
    name: 'Aisling Brennan',
    segment: 'insurance',
    ownerId: 'u-rm-amelia',
    clientSince: '2022-01-17',
    riskRating: 'low',
    contacts: [
      contact('ct-060', 'Aisling Brennan', 'aisling.brennan@netmail.example', 'Policyholder'),
    ],
    accounts: [
      account('ac-073', 'IP-6671035', 'Income Protection Insurance', 'GBP', '0.00'),
      account('ac-074', 'TRV-7710254', 'Annual Multi-Trip Travel Insurance', 'GBP', '0.00'),
    ],
  },
  {
    id: 'cl-030',
    name: 'Henrik and Maja Dahl',
    segment: 'insurance',
    ownerId: 'u-rm-amelia',
    clientSince: '2024-11-04',
    riskRating: 'medium',
    contacts: [
      contact('ct-061', 'Henrik Dahl', 'henrik.dahl@postmail.example', 'Policyholder'),
      contact('ct-062', 'Maja Dahl', 'maja.dahl@netmail.example', 'Named driver'),
      contact('ct-063', 'Colm Devlin', 'colm.devlin@fairway-brokers.example', 'Insurance broker'),
    ],
    accounts: [
      account('ac-075', 'HH-5611347', 'Home Insurance', 'GBP', '0.00'),
      account('ac-076', 'MTR-3308816', 'Private Motor Insurance', 'GBP', '0.00'),
      account('ac-077', 'TRV-7105532', 'Single-Trip Travel Insurance', 'EUR', '0.00', 'closed'),
    ],
  },
];
