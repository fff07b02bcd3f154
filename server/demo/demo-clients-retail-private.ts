import { account, contact } from './demo-builders';
import type { DemoClient } from './demo-data.types';

// Retail and private-banking clients: individuals, couples, a family and a trust.
// They write from shared public-mail domains (postmail / netmail / inbox.example),
// so only an exact contact address identifies them; a domain match says nothing.
// Balances: liabilities (mortgages, loans, cards) are negative.

export const retailClients: DemoClient[] = [
  {
    id: 'cl-001',
    name: 'Eleanor and David Pryce',
    segment: 'retail',
    ownerId: 'u-rm-amelia',
    clientSince: '2011-04-18',
    riskRating: 'low',
    contacts: [
      contact('ct-001', 'Eleanor Pryce', 'eleanor.pryce@postmail.example', 'Joint account holder'),
      contact('ct-002', 'David Pryce', 'david.pryce@netmail.example', 'Joint account holder'),
    ],
    accounts: [
      account('ac-001', '31845027', 'Joint Current Account', 'GBP', '4218.63'),
      account('ac-002', '31845035', 'Easy Access Saver', 'GBP', '18650.00'),
      account('ac-003', 'MTG-20418835', 'Residential Mortgage (2-year fixed)', 'GBP', '-184250.00'),
    ],
  },
  {
    id: 'cl-002',
    name: 'Marcus Adebayo',
    segment: 'retail',
    ownerId: 'u-rm-amelia',
    clientSince: '2019-09-02',
    riskRating: 'low',
    contacts: [
      contact('ct-003', 'Marcus Adebayo', 'marcus.adebayo@inbox.example', 'Account holder'),
    ],
    accounts: [
      account('ac-004', '52093118', 'Current Account', 'GBP', '1306.47'),
      account('ac-005', 'LN-55102983', 'Personal Loan', 'GBP', '-7420.00'),
    ],
  },
  {
    id: 'cl-003',
    name: 'Fiona Gallacher',
    segment: 'retail',
    ownerId: 'u-rm-amelia',
    clientSince: '2004-06-21',
    riskRating: 'medium',
    contacts: [
      contact('ct-004', 'Fiona Gallacher', 'fiona.gallacher@netmail.example', 'Account holder'),
      contact(
        'ct-005',
        'Ross Gallacher',
        'ross.gallacher@postmail.example',
        'Attorney (registered LPA)',
      ),
    ],
    accounts: [
      account('ac-006', '17730254', 'Current Account', 'GBP', '2890.12'),
      account('ac-007', '17730289', 'Fixed Rate Bond (1 year)', 'GBP', '25000.00'),
    ],
  },
  {
    id: 'cl-004',
    name: 'Tobias Renner',
    segment: 'retail',
    ownerId: 'u-rm-rahul',
    clientSince: '2021-02-15',
    riskRating: 'medium',
    contacts: [
      contact('ct-006', 'Tobias Renner', 'tobias.renner@postmail.example', 'Account holder'),
    ],
    accounts: [
      account('ac-008', '60418872', 'Current Account', 'GBP', '3540.90'),
      account('ac-009', 'GB47NBRK40116260418899', 'Euro Current Account', 'EUR', '11275.35'),
    ],
  },
  {
    id: 'cl-005',
    name: 'Siân Morgan',
    segment: 'retail',
    ownerId: 'u-rm-amelia',
    clientSince: '2016-11-07',
    riskRating: 'low',
    contacts: [contact('ct-007', 'Siân Morgan', 'sian.morgan@inbox.example', 'Account holder')],
    accounts: [
      account('ac-010', '44207716', 'Current Account', 'GBP', '978.20'),
      account('ac-011', '44207724', 'Cash ISA', 'GBP', '14200.00'),
    ],
  },
  {
    id: 'cl-006',
    name: 'Kwame and Abena Owusu',
    segment: 'retail',
    ownerId: 'u-rm-amelia',
    clientSince: '2014-03-10',
    riskRating: 'low',
    contacts: [
      contact('ct-008', 'Kwame Owusu', 'kwame.owusu@postmail.example', 'Joint account holder'),
      contact('ct-009', 'Abena Owusu', 'abena.owusu@inbox.example', 'Joint account holder'),
    ],
    accounts: [
      account('ac-012', '28861540', 'Joint Current Account', 'GBP', '5102.77'),
      account('ac-013', 'MTG-20577301', 'Residential Mortgage (tracker)', 'GBP', '-231480.00'),
      account('ac-014', '28861559', 'Regular Saver', 'GBP', '3600.00'),
    ],
  },
  {
    id: 'cl-007',
    name: 'Lucy Tremayne',
    segment: 'retail',
    ownerId: 'u-rm-rahul',
    clientSince: '2023-07-24',
    riskRating: 'high',
    contacts: [
      contact('ct-010', 'Lucy Tremayne', 'lucy.tremayne@netmail.example', 'Account holder'),
    ],
    accounts: [
      account('ac-015', '70315928', 'Current Account', 'GBP', '212.06'),
      account('ac-016', '4929-XXXX-XXXX-4471', 'Credit Card', 'GBP', '-1288.40', 'restricted'),
      account('ac-017', '70315936', 'Instant Saver', 'GBP', '12.44', 'dormant'),
    ],
  },
  {
    id: 'cl-008',
    name: 'Piotr and Ewa Nowicki',
    segment: 'retail',
    ownerId: 'u-rm-rahul',
    clientSince: '2018-05-29',
    riskRating: 'low',
    contacts: [
      contact('ct-011', 'Piotr Nowicki', 'piotr.nowicki@inbox.example', 'Joint account holder'),
      contact('ct-012', 'Ewa Nowicki', 'ewa.nowicki@netmail.example', 'Joint account holder'),
    ],
    accounts: [
      account('ac-018', '39552014', 'Joint Current Account', 'GBP', '2764.31'),
      account('ac-019', 'GB09NBRK40116239552081', 'Euro Savings Account', 'EUR', '6400.00'),
    ],
  },
];

export const privateBankingClients: DemoClient[] = [
  {
    id: 'cl-009',
    name: 'The Ashworth Family',
    segment: 'private_banking',
    ownerId: 'u-rm-amelia',
    clientSince: '2008-01-14',
    riskRating: 'medium',
    contacts: [
      contact('ct-013', 'Charles Ashworth', 'charles.ashworth@postmail.example', 'Principal'),
      contact('ct-014', 'Helena Ashworth', 'helena.ashworth@netmail.example', 'Principal'),
      contact('ct-015', 'Imogen Ashworth', 'imogen.ashworth@inbox.example', 'Family member'),
      contact(
        'ct-016',
        'Victor Lang',
        'victor.lang@ashworth-office.example',
        'Family office manager',
      ),
    ],
    accounts: [
      account('ac-020', '80014427', 'Private Current Account', 'GBP', '86420.15'),
      account('ac-021', 'DPM-300118', 'Discretionary Portfolio (Balanced)', 'GBP', '4825300.00'),
      account('ac-022', 'GB61NBRK40116280014451', 'USD Call Deposit', 'USD', '612000.00'),
      account('ac-023', 'MTG-10093320', 'Private Mortgage (interest only)', 'GBP', '-1250000.00'),
    ],
  },
  {
    id: 'cl-010',
    name: 'Rafael Montero',
    segment: 'private_banking',
    ownerId: 'u-rm-amelia',
    clientSince: '2017-05-03',
    riskRating: 'high',
    contacts: [
      contact('ct-017', 'Rafael Montero', 'rafael.montero@netmail.example', 'Principal'),
      contact('ct-018', 'Lucía Ferrer', 'lucia.ferrer@postmail.example', 'Personal assistant'),
    ],
    accounts: [
      account('ac-024', '80022916', 'Private Current Account', 'GBP', '41230.00'),
      account('ac-025', 'CUS-700412', 'Custody Account (EUR)', 'EUR', '2310450.00'),
      account('ac-026', 'LMB-450073', 'Lombard Loan', 'EUR', '-450000.00'),
    ],
  },
  {
    id: 'cl-011',
    name: 'Annika and Jonas Bergström',
    segment: 'private_banking',
    ownerId: 'u-rm-amelia',
    clientSince: '2012-09-17',
    riskRating: 'low',
    contacts: [
      contact('ct-019', 'Annika Bergström', 'annika.bergstrom@postmail.example', 'Principal'),
      contact('ct-020', 'Jonas Bergström', 'jonas.bergstrom@inbox.example', 'Principal'),
    ],
    accounts: [
      account('ac-027', '80031188', 'Private Current Account', 'GBP', '23780.40'),
      account('ac-028', 'GB23NBRK40116280031196', 'EUR Savings Account', 'EUR', '95000.00'),
      account('ac-029', 'APM-300264', 'Advisory Portfolio', 'GBP', '1390200.00'),
    ],
  },
  {
    id: 'cl-012',
    name: 'Margaret Elphinstone',
    segment: 'private_banking',
    ownerId: 'u-rm-amelia',
    clientSince: '2005-10-03',
    riskRating: 'low',
    contacts: [
      contact('ct-021', 'Margaret Elphinstone', 'margaret.elphinstone@inbox.example', 'Principal'),
      contact(
        'ct-022',
        'Stuart Kerrigan',
        'stuart.kerrigan@elmfield-accountants.example',
        'Accountant (authorised third party)',
      ),
    ],
    accounts: [
      account('ac-030', '80009963', 'Private Current Account', 'GBP', '15870.55'),
      account('ac-031', '80009971', '95-Day Notice Account', 'GBP', '340000.00'),
      account('ac-032', 'CUS-700158', 'Custody Account', 'GBP', '2184600.00'),
    ],
  },
  {
    id: 'cl-013',
    name: 'Oliver Harcourt',
    segment: 'private_banking',
    ownerId: 'u-rm-amelia',
    clientSince: '2022-03-28',
    riskRating: 'medium',
    contacts: [
      contact('ct-023', 'Oliver Harcourt', 'oliver.harcourt@netmail.example', 'Principal'),
    ],
    accounts: [
      account('ac-033', '80047702', 'Private Current Account', 'GBP', '9120.80'),
      account('ac-034', 'DPM-300391', 'Discretionary Portfolio (Growth)', 'GBP', '1760000.00'),
      account('ac-035', 'LMB-450118', 'Lombard Loan', 'GBP', '-300000.00'),
    ],
  },
  {
    id: 'cl-014',
    name: 'Carrow Family Trust',
    segment: 'private_banking',
    ownerId: 'u-rm-amelia',
    clientSince: '2010-07-12',
    riskRating: 'medium',
    contacts: [
      contact('ct-024', 'Edmund Carrow', 'edmund.carrow@postmail.example', 'Trustee'),
      contact('ct-025', 'Beatrice Carrow', 'beatrice.carrow@netmail.example', 'Trustee'),
      contact(
        'ct-026',
        'Philippa Rowe',
        'philippa.rowe@penrose-law.example',
        'Professional trustee',
      ),
    ],
    accounts: [
      account('ac-036', '80051327', 'Trust Current Account', 'GBP', '58300.00'),
      account('ac-037', 'CUS-700539', 'Trust Custody Account', 'GBP', '3402750.00'),
    ],
  },
  {
    id: 'cl-015',
    name: 'Nina and Matteo Castellano',
    segment: 'private_banking',
    ownerId: 'u-rm-amelia',
    clientSince: '2025-02-10',
    riskRating: 'medium',
    contacts: [
      contact('ct-027', 'Nina Castellano', 'nina.castellano@inbox.example', 'Principal'),
      contact('ct-028', 'Matteo Castellano', 'matteo.castellano@postmail.example', 'Principal'),
    ],
    accounts: [
      account('ac-038', '80066640', 'Private Current Account', 'GBP', '27500.00'),
      account('ac-039', 'CUS-700877', 'Custody Account (USD)', 'USD', '1975000.00'),
    ],
  },
];
