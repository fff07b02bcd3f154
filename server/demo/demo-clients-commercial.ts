import { account, contact } from './demo-builders';
import type { DemoClient } from './demo-data.types';

// Commercial clients, all with Rahul Mehta. Each writes from its own company
// domain, except the Calder group: its holding company and its logistics
// subsidiary are two clients on one domain, caldergroup.example, so a sender
// there who is not a known contact matches both.

export const commercialClients: DemoClient[] = [
  {
    id: 'cl-016',
    name: 'Harbour Freight Services Ltd',
    segment: 'commercial',
    ownerId: 'u-rm-rahul',
    clientSince: '2009-08-24',
    riskRating: 'medium',
    contacts: [
      contact('ct-029', 'Gareth Lowe', 'gareth.lowe@harbourfreight.example', 'Finance Director'),
      contact('ct-030', 'Mei Chen', 'mei.chen@harbourfreight.example', 'Accounts Payable Manager'),
      contact(
        'ct-031',
        'Harbour Freight Accounts',
        'accounts@harbourfreight.example',
        'Shared finance mailbox',
      ),
    ],
    accounts: [
      account('ac-040', '20736614', 'Business Current Account', 'GBP', '318440.27'),
      account(
        'ac-041',
        'GB38NBRK40116220736698',
        'USD Business Current Account',
        'USD',
        '142980.00',
      ),
      account('ac-042', 'AF-88120457', 'Asset Finance (HGV fleet)', 'GBP', '-612000.00'),
    ],
  },
  {
    id: 'cl-017',
    name: 'Calder Group Holdings Ltd',
    segment: 'commercial',
    ownerId: 'u-rm-rahul',
    clientSince: '2006-02-06',
    riskRating: 'low',
    contacts: [
      contact(
        'ct-032',
        'Fraser Calder',
        'fraser.calder@caldergroup.example',
        'Group Chief Executive',
      ),
      contact('ct-033', 'Ingrid Solberg', 'ingrid.solberg@caldergroup.example', 'Group Treasurer'),
      contact(
        'ct-034',
        'Alistair Finch',
        'alistair.finch@caldergroup.example',
        'Company Secretary',
      ),
    ],
    accounts: [
      account('ac-043', '20811039', 'Business Current Account', 'GBP', '1204500.00'),
      account('ac-044', '20811047', 'Treasury Deposit (32-day notice)', 'GBP', '5000000.00'),
      account('ac-045', 'RCF-60017', 'Revolving Credit Facility', 'GBP', '-2500000.00'),
    ],
  },
  {
    id: 'cl-018',
    name: 'Calder Group Logistics Ltd',
    segment: 'commercial',
    ownerId: 'u-rm-rahul',
    clientSince: '2015-06-01',
    riskRating: 'medium',
    contacts: [
      contact('ct-035', 'Declan Moyes', 'declan.moyes@caldergroup.example', 'Operations Director'),
      contact('ct-036', 'Hannah Birch', 'hannah.birch@caldergroup.example', 'Finance Manager'),
      contact(
        'ct-037',
        'Calder Logistics Payables',
        'logistics.payables@caldergroup.example',
        'Payables mailbox',
      ),
    ],
    accounts: [
      account('ac-046', '20815514', 'Business Current Account', 'GBP', '487215.60'),
      account(
        'ac-047',
        'GB15NBRK40116220815581',
        'EUR Business Current Account',
        'EUR',
        '96340.00',
      ),
      account('ac-048', 'LN-71033264', 'Fleet Finance Loan', 'GBP', '-845000.00'),
    ],
  },
  {
    id: 'cl-019',
    name: 'Kestrel Precision Engineering Ltd',
    segment: 'commercial',
    ownerId: 'u-rm-rahul',
    clientSince: '2012-11-19',
    riskRating: 'low',
    contacts: [
      contact(
        'ct-038',
        'Joanna Pike',
        'joanna.pike@kestrel-precision.example',
        'Managing Director',
      ),
      contact(
        'ct-039',
        'Ravi Desai',
        'ravi.desai@kestrel-precision.example',
        'Financial Controller',
      ),
      contact(
        'ct-040',
        'Kirsty Wallace',
        'kirsty.wallace@kestrel-precision.example',
        'Payroll Officer',
      ),
    ],
    accounts: [
      account('ac-049', '20904471', 'Business Current Account', 'GBP', '226910.43'),
      account('ac-050', 'IF-40288', 'Invoice Finance Facility', 'GBP', '-380000.00'),
      account(
        'ac-051',
        'GB82NBRK40116220904498',
        'USD Business Current Account',
        'USD',
        '58120.00',
      ),
    ],
  },
  {
    id: 'cl-020',
    name: 'Wrenfield Dental Partners LLP',
    segment: 'commercial',
    ownerId: 'u-rm-rahul',
    clientSince: '2018-04-09',
    riskRating: 'low',
    contacts: [
      contact(
        'ct-041',
        'Sameer Qureshi',
        'sameer.qureshi@wrenfield-dental.example',
        'Managing Partner',
      ),
      contact(
        'ct-042',
        'Claire Dunmore',
        'claire.dunmore@wrenfield-dental.example',
        'Practice Manager',
      ),
    ],
    accounts: [
      account('ac-052', '21017753', 'Business Current Account', 'GBP', '74380.00'),
      account('ac-053', 'CMTG-3304517', 'Commercial Mortgage', 'GBP', '-690000.00'),
    ],
  },
  {
    id: 'cl-021',
    name: 'Bramblecote Farms Ltd',
    segment: 'commercial',
    ownerId: 'u-rm-rahul',
    clientSince: '2004-09-13',
    riskRating: 'medium',
    contacts: [
      contact('ct-043', 'Hugh Penhallow', 'hugh.penhallow@bramblecote.example', 'Director'),
      contact(
        'ct-044',
        'Jenny Penhallow',
        'jenny.penhallow@bramblecote.example',
        'Company Secretary',
      ),
    ],
    accounts: [
      account('ac-054', '20655810', 'Business Current Account', 'GBP', '38415.92'),
      account('ac-055', 'LN-70850112', 'Agricultural Term Loan', 'GBP', '-420000.00'),
    ],
  },
  {
    id: 'cl-022',
    name: 'Ostara Hotels Group Ltd',
    segment: 'commercial',
    ownerId: 'u-rm-rahul',
    clientSince: '2020-01-20',
    riskRating: 'high',
    contacts: [
      contact('ct-045', 'Lena Vogt', 'lena.vogt@ostarahotels.example', 'Chief Financial Officer'),
      contact(
        'ct-046',
        'Patrick Nolan',
        'patrick.nolan@ostarahotels.example',
        'Group Financial Controller',
      ),
      contact('ct-047', 'Simone Aubert', 'simone.aubert@ostarahotels.example', 'Treasury Analyst'),
    ],
    accounts: [
      account('ac-056', '21203398', 'Business Current Account', 'GBP', '655020.18'),
      account(
        'ac-057',
        'GB54NBRK40116221203411',
        'EUR Business Current Account',
        'EUR',
        '412760.00',
      ),
      account('ac-058', 'LN-71290045', 'Term Loan', 'GBP', '-3200000.00'),
      account('ac-059', '21203428', 'Merchant Settlement Account', 'GBP', '88904.50'),
    ],
  },
  {
    id: 'cl-023',
    name: 'Larkspur Software Ltd',
    segment: 'commercial',
    ownerId: 'u-rm-rahul',
    clientSince: '2024-05-07',
    riskRating: 'medium',
    contacts: [
      contact('ct-048', 'Ben Okoro', 'ben.okoro@larkspur.example', 'Co-founder and CEO'),
      contact('ct-049', 'Aoife Kinsella', 'aoife.kinsella@larkspur.example', 'Head of Finance'),
    ],
    accounts: [
      account('ac-060', '21388406', 'Business Current Account', 'GBP', '905600.00'),
      account(
        'ac-061',
        'GB70NBRK40116221388422',
        'USD Business Current Account',
        'USD',
        '240150.00',
      ),
      account('ac-062', '21388414', 'Business Deposit (instant access)', 'GBP', '2000000.00'),
    ],
  },
  {
    id: 'cl-024',
    name: "Trevellan Builders' Merchants Ltd",
    segment: 'commercial',
    ownerId: 'u-rm-rahul',
    clientSince: '2013-02-25',
    riskRating: 'medium',
    contacts: [
      contact('ct-050', 'Mark Rosewarne', 'mark.rosewarne@trevellan.example', 'Finance Director'),
      contact('ct-051', 'Tamsin Hocking', 'tamsin.hocking@trevellan.example', 'Credit Controller'),
    ],
    accounts: [
      account('ac-063', '20962285', 'Business Current Account', 'GBP', '143077.09'),
      account('ac-064', '20962293', 'Business Reserve Account', 'GBP', '250000.00'),
    ],
  },
];
