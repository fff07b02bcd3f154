import type { MessageItem } from '../../shared/mailbox/mailbox-item.schema';
import { bank, people, strangers } from './demo-mailbox-people';

// Demo emails received Wednesday 18 to Saturday 21 November 2026, oldest first.
// d014 is a reply in conv-001, whose first email (d001) is already on case cs-003.

export const lateMessages: MessageItem[] = [
  {
    kind: 'message',
    itemId: 'demo-msg-009',
    internetMessageId: '<20261118.1622.d009@mail.northbridge.example>',
    conversationId: 'conv-009',
    subject: 'Fee waiver request – Kestrel Precision Engineering – October CHAPS charges',
    from: bank.rahul,
    to: [bank.service],
    cc: [bank.grace],
    receivedAt: '2026-11-18T16:22:00Z',
    bodyText: `Hi team,

Please could you raise an approval for a one-off fee waiver for Kestrel Precision Engineering Ltd, business current account 20904471.

On Tuesday 27 October their supplier payment file was rejected by Bacs because our submission window closed early during the platform upgrade. To pay their suppliers on time they sent 38 payments by CHAPS instead, at £30 each: £1,140.00 in fees. Ravi Desai, their Financial Controller, raised it with me on a call this afternoon.

Amount: £1,140.00
Reason: processing issue on our side, not the client's
Client: with us since 2012, low risk, facility renewal in progress (review meeting on the 24th)

Grace, copying you because this is above my £500 discretion.

Thanks,
Rahul

Rahul Mehta
Relationship Director, Commercial Banking
Northbridge
0113 496 0188`,
    attachments: [],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-010',
    internetMessageId: '<20261119.0902.d010@mail.greywell-marine.example>',
    conversationId: 'conv-010',
    subject: 'Premium collected twice – policy POL-MH-7720391',
    from: people.inesDuarte,
    to: [bank.service],
    cc: [],
    receivedAt: '2026-11-19T09:02:00Z',
    bodyText: `Good morning,

Our November instalment for the hull and machinery policy POL-MH-7720391 has been collected twice: EUR 1,842.60 on Monday 2 November and EUR 1,842.60 again on Tuesday 3 November, both with the reference NB INS POL-MH-7720391. The policy schedule says ten monthly instalments of EUR 1,842.60.

Could you refund the second collection to our account and confirm that only one instalment will be taken in December? Both collections are on our bank statement and I can send a copy if you need it.

Thank you,

Inês Duarte
Fleet Administrator
Greywell Marine Charters Ltd
The Quay, Falmouth
01632 960288`,
    attachments: [],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-011',
    internetMessageId: '<20261119.1145.d011@mail.ashdown-probate.example>',
    conversationId: 'conv-011',
    subject: 'Notification of death – Mr Alan Brinkworth (our ref AP/2026/0841)',
    from: strangers.jessicaMarchetti,
    to: [bank.service],
    cc: [],
    receivedAt: '2026-11-19T11:45:00Z',
    bodyText: `Dear Sirs,

We act for the executors of the late Mr Alan George Brinkworth of 22 Hollybank Road, Guildford, who died on 29 October 2026. We understand that Mr Brinkworth held a current account and possibly a savings account with you.

Please would you:

- note the death on your records and stop any further payments from his accounts;
- let us know the balance of each account at the date of death, with any interest accrued;
- confirm whether any direct debits or standing orders remain in place.

A certified copy of the death certificate will follow by post. Please quote our reference in all correspondence.

Yours faithfully,

Jessica Marchetti
Probate Paralegal
Ashdown Probate Solicitors
01632 960733

This email and any attachments are confidential and intended only for the addressee. If you have received it in error, please tell us and delete it.`,
    attachments: [],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-012',
    internetMessageId: '<20261119.1410.d012@mail.northbridge.example>',
    conversationId: 'conv-012',
    subject: 'FW: Funds for completion in Valencia – 27 November',
    from: bank.amelia,
    to: [bank.service],
    cc: [],
    receivedAt: '2026-11-19T14:10:00Z',
    bodyText: `Sofia / team,

Please can you pick this up today. I called Rafael on his registered mobile at 13:40 and he confirmed the instruction (amount, beneficiary and the notary's account); the call-back is logged on his file. He is a high-risk client, so the payment needs the second-line check before release. His lawyer's completion statement is attached.

The funds must reach the notary by 26 November for signing on the 27th.

Thanks,
Amelia

Amelia Hart
Senior Private Banker
Northbridge Private Banking
020 7946 0512

---------- Forwarded message ----------
From: Rafael Montero <rafael.montero@netmail.example>
Date: Thursday, 19 November 2026 at 12:58
To: Amelia Hart <amelia.hart@northbridge.example>
Subject: Funds for completion in Valencia – 27 November

Dear Amelia,

As we discussed last month, the purchase of the apartment in Valencia completes at the notary on Friday 27 November. Please transfer EUR 385,000 from the cash in my EUR custody account (CUS-700412) to the notary's client account:

Beneficiary: Notaría Lloret Ferrán, cuenta de consignaciones
IBAN: ES76 XBNK 0182 2370 4201 5583 91
Reference: COMPRAVENTA MONTERO – CALLE DE LA PAU 14

The completion statement from my lawyer is attached. Lucía will be my contact while I am in Spain if you need anything.

Un abrazo,
Rafael`,
    attachments: [
      {
        id: 'att-012-1',
        name: 'completion-statement-valencia.pdf',
        contentType: 'application/pdf',
        size: 402118,
      },
    ],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-013',
    internetMessageId: '<20261120.0805.d013@mail.inbox.example>',
    conversationId: 'conv-013',
    subject: 'Thank you',
    from: people.sianMorgan,
    to: [bank.service],
    cc: [],
    receivedAt: '2026-11-20T08:05:00Z',
    bodyText: `Hello,

Just a quick note to say thank you to the lady I spoke to on Tuesday (I think her name was Sofia) who helped me with my ISA transfer. She was very patient, explained everything, and the money arrived yesterday exactly when she said it would.

No need to reply, I just wanted you to know.

Diolch,
Siân Morgan`,
    attachments: [],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-014',
    internetMessageId: '<20261120.1037.d014@mail.harbourfreight.example>',
    conversationId: 'conv-001',
    subject: 'RE: Payment to Meerhaven Cargo BV not received – USD 48,250.00',
    from: people.meiChen,
    to: [bank.service],
    cc: [people.garethLowe],
    receivedAt: '2026-11-20T10:37:00Z',
    bodyText: `Hi Tom,

Any news on this? Meerhaven have released one container as a goodwill gesture but are still holding the second, and demurrage of EUR 185 a day starts tomorrow. Gareth (copied) would like to know whether we should send a second payment now and claim the first one back, or whether the trace is likely to come back this week.

If a second payment is the quickest way, please tell us. We would rather not pay twice unless we have to.

Thanks,
Mei

Mei Chen
Accounts Payable Manager
Harbour Freight Services Ltd
Unit 4, Landguard Trade Park, Felixstowe
T: 01632 960514

Harbour Freight Services Ltd is registered in England and Wales. This email is confidential; if you received it in error please delete it and tell the sender.

-----Original Message-----
From: Northbridge Customer Service <service@northbridge.example>
Sent: 16 November 2026 15:12
To: Mei Chen <mei.chen@harbourfreight.example>
Cc: Gareth Lowe <gareth.lowe@harbourfreight.example>
Subject: RE: Payment to Meerhaven Cargo BV not received – USD 48,250.00

Dear Mei,

Thank you for the payment advice. The payment left us on 13 November and went through our US dollar correspondent bank. I have asked them to trace it with the beneficiary's bank and will update you as soon as they reply, usually within two to three working days.

Kind regards,
Tom Okafor
Payments Operations
Northbridge

-----Original Message-----
From: Mei Chen <mei.chen@harbourfreight.example>
Sent: 16 November 2026 08:47
To: Northbridge Customer Service <service@northbridge.example>
Cc: Gareth Lowe <gareth.lowe@harbourfreight.example>
Subject: Payment to Meerhaven Cargo BV not received – USD 48,250.00

Good morning,

On Friday 13 November we sent a payment of USD 48,250.00 from our USD account (GB38NBRK40116220736698) to Meerhaven Cargo BV in Rotterdam, for their invoice MC-2026-3318 (port handling, October). Online banking shows the payment as "Completed" and our reference is HFS-PAY-77104. [...]`,
    attachments: [],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-015',
    internetMessageId: '<20261120.1518.d015@mail.netmail.example>',
    conversationId: 'conv-015',
    subject: 'Letter confirming my travel cover – policy TRV-7710254',
    from: people.aislingBrennan,
    to: [bank.service],
    cc: [],
    receivedAt: '2026-11-20T15:18:00Z',
    bodyText: `Hi there,

I'm going to Japan on a three-month sabbatical from 8 January, and my employer's HR team needs a letter confirming my travel insurance for the whole trip. My policy is the annual multi-trip one, TRV-7710254.

Before you write the letter, could you check whether the policy actually covers a single trip of twelve weeks? I have a feeling there is a limit on how long one trip can be. If it doesn't, can I extend it, and what would it cost?

Many thanks,
Aisling Brennan
07700 900361`,
    attachments: [],
  },
  {
    kind: 'message',
    itemId: 'demo-msg-016',
    internetMessageId: '<20261121.0826.d016@mail.caldergroup.example>',
    conversationId: 'conv-016',
    subject: 'Temporary increase to our Bacs limit for December payroll',
    from: people.hannahBirch,
    to: [bank.rahul],
    cc: [people.declanMoyes],
    receivedAt: '2026-11-21T08:26:00Z',
    bodyText: `Morning Rahul,

Sorry for the Saturday email; I wanted this with you before Monday.

In December we pay the seasonal drivers and the Christmas bonuses in the same run, so our Bacs payroll file for Friday 18 December will be about £612,000. That is above the £450,000 daily Bacs limit on the Logistics business current account (20815514).

Could we have a temporary increase to £700,000 from 14 to 21 December? Declan (copied) has approved it on our side and will sign whatever you need.

Many thanks,
Hannah

Hannah Birch
Finance Manager | Calder Group Logistics Ltd
0141 496 0357`,
    attachments: [],
  },
];
