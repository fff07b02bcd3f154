// Names and addresses as they appear on the demo mailbox's items. Client
// people use their seed contacts' exact addresses (tests check this); the
// others are the bank's own staff and mailboxes, or nobody the bank knows.

export type MailPerson = { name: string; email: string };

export const bank = {
  service: { name: 'Northbridge Customer Service', email: 'service@northbridge.example' },
  amelia: { name: 'Amelia Hart', email: 'amelia.hart@northbridge.example' },
  rahul: { name: 'Rahul Mehta', email: 'rahul.mehta@northbridge.example' },
  sofia: { name: 'Sofia Lind', email: 'sofia.lind@northbridge.example' },
  tom: { name: 'Tom Okafor', email: 'tom.okafor@northbridge.example' },
  grace: { name: 'Grace Whitfield', email: 'grace.whitfield@northbridge.example' },
} satisfies Record<string, MailPerson>;

export const people = {
  // Retail, private banking and insurance households (public mail domains).
  lucyTremayne: { name: 'Lucy Tremayne', email: 'lucy.tremayne@netmail.example' },
  rossGallacher: { name: 'Ross Gallacher', email: 'ross.gallacher@postmail.example' },
  margaretElphinstone: {
    name: 'Margaret Elphinstone',
    email: 'margaret.elphinstone@inbox.example',
  },
  tobiasRenner: { name: 'Tobias Renner', email: 'tobias.renner@postmail.example' },
  sianMorgan: { name: 'Siân Morgan', email: 'sian.morgan@inbox.example' },
  charlesAshworth: { name: 'Charles Ashworth', email: 'charles.ashworth@postmail.example' },
  helenaAshworth: { name: 'Helena Ashworth', email: 'helena.ashworth@netmail.example' },
  imogenAshworth: { name: 'Imogen Ashworth', email: 'imogen.ashworth@inbox.example' },
  rafaelMontero: { name: 'Rafael Montero', email: 'rafael.montero@netmail.example' },
  aislingBrennan: { name: 'Aisling Brennan', email: 'aisling.brennan@netmail.example' },
  // Advisers and offices acting for clients (their own firms' domains).
  victorLang: { name: 'Victor Lang', email: 'victor.lang@ashworth-office.example' },
  stuartKerrigan: {
    name: 'Stuart Kerrigan',
    email: 'stuart.kerrigan@elmfield-accountants.example',
  },
  // Company contacts.
  meiChen: { name: 'Mei Chen', email: 'mei.chen@harbourfreight.example' },
  garethLowe: { name: 'Gareth Lowe', email: 'gareth.lowe@harbourfreight.example' },
  lenaVogt: { name: 'Lena Vogt', email: 'lena.vogt@ostarahotels.example' },
  inesDuarte: { name: 'Inês Duarte', email: 'ines.duarte@greywell-marine.example' },
  ingridSolberg: { name: 'Ingrid Solberg', email: 'ingrid.solberg@caldergroup.example' },
  hannahBirch: { name: 'Hannah Birch', email: 'hannah.birch@caldergroup.example' },
  declanMoyes: { name: 'Declan Moyes', email: 'declan.moyes@caldergroup.example' },
  joannaPike: { name: 'Joanna Pike', email: 'joanna.pike@kestrel-precision.example' },
  raviDesai: { name: 'Ravi Desai', email: 'ravi.desai@kestrel-precision.example' },
} satisfies Record<string, MailPerson>;

export const strangers = {
  // Works at the Calder group but is no seed contact: only the shared domain matches.
  paoloRicci: { name: 'Paolo Ricci', email: 'paolo.ricci@caldergroup.example' },
  // A probate firm nobody at the bank deals with: no contact, no domain match.
  jessicaMarchetti: { name: 'Jessica Marchetti', email: 'j.marchetti@ashdown-probate.example' },
} satisfies Record<string, MailPerson>;
