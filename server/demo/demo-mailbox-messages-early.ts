import type { MessageItem } from '../../shared/mailbox/mailbox-item.schema';
import { bank, people, strangers } from './demo-mailbox-people';

// Demo emails received Monday 16 to Wednesday 18 November 2026, oldest first.
// d001 and d002 are already on seed cases (cs-003, cs-004).

export const earlyMessages: MessageItem[] = [
  {
    kind: 'message',
    itemId: 'demo-msg-001',
    internetMessageId: '<20261116.0847.d001@mail.harbourfreight.example>',
    conversationId: 'conv-001',
    subject: 'Payment to Meerhaven Cargo BV not received – USD 48,250.00',
    from: people.meiChen,
    to: [bank.service],
    cc: [people.garethLowe],
    receivedAt: '2026-11-16T08:47:00Z',
    bodyText: `Good morning,

On Friday 13 November we sent a payment of USD 48,250.00 from our USD account (GB38NBRK40116220736698) to Meerhaven Cargo BV in Rotterdam, for their invoice MC-2026-3318 (port handling, October). Online banking shows the payment as "Completed" and our reference is HFS-PAY-77104. The payment advice is attached.

Meerhaven's accounts team told us this morning that nothing has arrived, and they will hold our next two containers at the terminal until it does. Could you please trace the payment and tell us where it is? If it has been returned or is sitting with an intermediary bank we need to know today if at all possible.

Beneficiary: Meerhaven Cargo BV
IBAN: NL58 XBNK 0417 2265 91
BIC: XBNKNL2A

Kind regards,

Mei Chen
Accounts Payable Manager
Harbour Freight Services Ltd
Unit 4, Landguard Trade Park, Felixstowe
T: 01632 960514`,
    attachments: [
      {
        id: 'att-001-1',
        name: 'payment-advice-HFS-PAY-77104.pdf',
        contentType: 'application/pdf',
        size: 84211,
      },
    ],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-002',
    internetMessageId: '<20261116.1120.d002@mail.postmail.example>',
    conversationId: 'conv-002',
    subject: 'Complaint – charged twice for one euro transfer',
    from: people.tobiasRenner,
    to: [bank.service],
    cc: [],
    receivedAt: '2026-11-16T11:20:00Z',
    bodyText: `Hello,

I want to make a formal complaint.

On Monday 9 November I sent EUR 2,000 from my Euro Current Account (GB47NBRK40116260418899) to my sister's account in Freiburg. My statement shows the "International payment fee EUR 15.00" taken twice on 10 November, and a separate "Correspondent charge EUR 12.50" that nobody told me about. I chose shared charges (SHA) when I made the payment, so I understood I would pay your fee once and nothing else.

I phoned on Thursday 12 November and was told someone would call me back within two working days. Nobody has.

Please refund the duplicate fee and explain the correspondent charge. I would also like to know how long a complaint takes to deal with, because this is the second time this year I have had to chase you about fees on this account.

Tobias Renner
07700 900418`,
    attachments: [],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-003',
    internetMessageId: '<20261117.0758.d003@mail.netmail.example>',
    conversationId: 'conv-003',
    subject: "Lost card and two payments I don't recognise",
    from: people.lucyTremayne,
    to: [bank.service],
    cc: [],
    receivedAt: '2026-11-17T07:58:00Z',
    bodyText: `Hi,

I lost my credit card (ending 4471) on Sunday night, I think at Temple Meads station. I rang the lost and stolen line at about 11pm and they blocked it, but when I looked at the app properly last night there are two payments I didn't make, both from Sunday evening before I called:

15 Nov 21:14  QUICKFUEL BRISTOL  £64.80
15 Nov 21:52  TAPTECH ONLINE  £389.99

Can these be refunded? And please send the replacement card to my new address, not the old flat in Truro. I moved in September and updated it in the app then.

My debit card for the current account is fine, I still have that one.

Thanks,
Lucy Tremayne`,
    attachments: [
      {
        id: 'att-003-1',
        name: 'app-screenshot-15-nov.png',
        contentType: 'image/png',
        size: 0,
      },
    ],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-004',
    internetMessageId: '<20261117.1012.d004@mail.postmail.example>',
    conversationId: 'conv-004',
    subject: 'Change of address – Mrs Fiona Gallacher (I act under a registered LPA)',
    from: people.rossGallacher,
    to: [bank.service],
    cc: [],
    receivedAt: '2026-11-17T10:12:00Z',
    bodyText: `Dear Sir or Madam,

I hold a registered Lasting Power of Attorney for property and financial affairs for my mother, Mrs Fiona Gallacher. Your Perth branch saw the original last year and I believe it is registered against her accounts.

My mother moved into residential care on 2 November. Please:

1. Change her home address on her current account (17730254) and her fixed rate bond (17730289) to: Rowanbank House, 8 Kirkton Brae, Perth PH2 6LW.
2. Send all statements and letters to me as her attorney, at: 41 Marchfield Grove, Edinburgh EH4 5QT.

A certified copy of the LPA is attached in case you need it again.

The fixed rate bond matures on 4 December. Please do not roll it over automatically; I will be in touch about where the money should go once I have spoken to the care home about fees.

Regards,
Ross Gallacher
07700 900552`,
    attachments: [
      {
        id: 'att-004-1',
        name: 'LPA-property-and-financial-affairs-certified-copy.pdf',
        contentType: 'application/pdf',
        size: 1320447,
      },
    ],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-005',
    internetMessageId: '<20261117.1540.d005@mail.elmfield-accountants.example>',
    conversationId: 'conv-005',
    subject: 'Mrs M Elphinstone – tax certificates for 2025/26',
    from: people.stuartKerrigan,
    to: [bank.amelia],
    cc: [people.margaretElphinstone],
    receivedAt: '2026-11-17T15:40:00Z',
    bodyText: `Dear Amelia,

I am preparing Mrs Elphinstone's self-assessment return for 2025/26. We hold her signed authority for you to give us information, which I believe you have on file. Could you please send me:

1. Certificates of interest paid for the tax year 6 April 2025 to 5 April 2026 on her Private Current Account (80009963) and her 95-Day Notice Account (80009971);
2. The consolidated tax pack for custody account CUS-700158: dividends, interest and realised gains for the same period;
3. Confirmation of any US withholding tax deducted on her US holdings.

The filing deadline is 31 January, but I would like everything by mid-December so that Mrs Elphinstone can review the return before Christmas. She is copied here.

Kind regards,

Stuart Kerrigan FCA
Partner
Elmfield Accountants LLP
0131 496 0274`,
    attachments: [],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-006',
    internetMessageId: '<20261118.0815.d006@mail.postmail.example>',
    conversationId: 'conv-006',
    subject: "Following up on yesterday's review",
    from: people.charlesAshworth,
    to: [bank.amelia],
    cc: [people.helenaAshworth],
    receivedAt: '2026-11-18T08:15:00Z',
    bodyText: `Amelia,

Thank you for yesterday. Helpful as always, and Helena and I appreciated you taking the time to go through everything with Imogen too.

To confirm what we agreed:

1. Move USD 250,000 from the USD call deposit into the discretionary portfolio, keeping the balanced mandate for now. Convert when you think best; we are not in a hurry this week.
2. Imogen to have her own debit card on the private current account as an additional cardholder. She will send you her ID documents herself.
3. Please send the revised investment policy statement to both of us and copy Victor at the family office.
4. Mortgage: we would like to pay down £200,000 when the fixed rate ends in January. Could you find out whether there would be an early repayment charge if we did it before then?

I am in Geneva from the 24th to the 27th, so Helena is the one to call while I am away.

Best wishes,
Charles`,
    attachments: [],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-007',
    internetMessageId: '<20261118.0931.d007@mail.ostarahotels.example>',
    conversationId: 'conv-007',
    subject: 'RE: Periodic review – outstanding documents – Ostara Hotels Group Ltd',
    from: people.lenaVogt,
    to: [bank.service],
    cc: [bank.rahul],
    receivedAt: '2026-11-18T09:31:00Z',
    bodyText: `Hello,

Please find attached:

- our updated register of persons with significant control, signed by the company secretary and dated 16 November 2026;
- a certified copy of my passport, as a director appointed in September.

Patrick Nolan's certified ID will follow by the end of next week. He is travelling between our Dublin and Porto hotels and needs to see a solicitor to have it certified.

On the source of funds for the Lisbon acquisition: our auditors are preparing a letter and I expect it on 25 November. I hope that is acceptable given your deadline of the 20th.

Best regards,

Lena Vogt
Chief Financial Officer
Ostara Hotels Group Ltd
020 7946 0831

-----Original Message-----
From: Northbridge Customer Service <service@northbridge.example>
Sent: 04 November 2026 14:02
To: Lena Vogt <lena.vogt@ostarahotels.example>
Cc: Rahul Mehta <rahul.mehta@northbridge.example>
Subject: Periodic review – outstanding documents – Ostara Hotels Group Ltd

Dear Ms Vogt,

As part of our periodic review of Ostara Hotels Group Ltd we still need the following by 20 November 2026:

1. An up-to-date register of persons with significant control.
2. Certified identification for the directors appointed since our last review (Ms L Vogt, Mr P Nolan).
3. Evidence of the source of the funds used to buy the Lisbon hotel property in August 2026.

If we have not received these by then we may need to restrict some services on the group's accounts. Please contact us if you have any questions.

Kind regards,
KYC Reviews Team
Northbridge`,
    attachments: [
      {
        id: 'att-007-1',
        name: 'Ostara-PSC-register-16Nov2026.pdf',
        contentType: 'application/pdf',
        size: 241870,
      },
      {
        id: 'att-007-2',
        name: 'certified-passport-L-Vogt.pdf',
        contentType: 'application/pdf',
        size: 1893004,
      },
    ],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-008',
    internetMessageId: '<20261118.1305.d008@mail.caldergroup.example>',
    conversationId: 'conv-008',
    subject: 'New direct debit for the Motherwell depot',
    from: strangers.paoloRicci,
    to: [bank.service],
    cc: [],
    receivedAt: '2026-11-18T13:05:00Z',
    bodyText: `Hi,

We are taking on a new depot in Motherwell (Unit 9, Ravenscraig Way) from 1 December and need a direct debit set up for the electricity supply, payable to Glenarrow Energy Ltd. Their customer reference for us is GLE-440-19822 and the first collection will be about £3,400 on 15 December.

Their mandate form asks for our bank details. Can you confirm which account it should come from? I was told to "use the Calder account", but I can see we have more than one with you.

Also, does anyone else need to sign the mandate?

Thanks,
Paolo Ricci
Facilities Coordinator
Calder Group
01632 960417`,
    attachments: [],
  },
];
