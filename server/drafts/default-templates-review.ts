import type { DefaultTemplateSet } from './default-templates';

const signOff = 'Kind regards,\n\n{{sender.name}}';

// Complaints follow the FCA's DISP rules: an acknowledgement, updates, and a final
// response that names the Financial Ombudsman Service.
export const complaintTemplates: DefaultTemplateSet = {
  acknowledge: {
    subject: '{{case.reference}}: we have received your complaint',
    body: `Dear {{contact.name}},

Thank you for telling us about your concerns ("{{case.title}}"). We are sorry that you have had cause to complain, and we have registered your complaint under reference {{case.reference}}.

{{owner.name}} will investigate it fairly and keep you informed. We will send you our final response by {{sla.dueDate}}, or write to explain why we need more time.

A leaflet explaining our complaints procedure is available on request.

${signOff}`,
  },
  request_missing_information: {
    subject: '{{case.reference}}: information that will help us investigate your complaint',
    body: `Dear {{contact.name}},

So that we can investigate your complaint ({{case.reference}}, "{{case.title}}") fully, it would help to have the following:

{{missing.items}}

Please reply to this email with anything you can provide. If you cannot provide something, please tell us and we will continue our investigation with the information we have.

${signOff}`,
  },
  status_update: {
    subject: '{{case.reference}}: an update on your complaint',
    body: `Dear {{contact.name}},

We are writing to update you on your complaint {{case.reference}} ("{{case.title}}").

[Say what has been reviewed so far and what remains.]

We will send you our final response by {{sla.dueDate}}. If you would like to discuss your complaint in the meantime, please reply to this email.

${signOff}`,
  },
  resolution: {
    subject: '{{case.reference}}: our final response to your complaint',
    body: `Dear {{contact.name}},

This is our final response to your complaint {{case.reference}} ("{{case.title}}").

[Set out what was investigated, our findings, whether the complaint is upheld, and any redress offered.]

If you are not satisfied with this response, you may refer your complaint to the Financial Ombudsman Service within six months of the date of this letter. Their service is free: www.financial-ombudsman.org.uk, 0800 023 4567.

${signOff}`,
  },
};

export const operationalCorrectionTemplates: DefaultTemplateSet = {
  acknowledge: {
    subject: '{{case.reference}}: we are correcting your records',
    body: `Dear {{contact.name}},

Thank you for bringing this to our attention ("{{case.title}}"). We have logged the correction under reference {{case.reference}}.

{{owner.name}} is arranging it, and every correction is checked by a second colleague before it is applied. We aim to complete it by {{sla.dueDate}}.

${signOff}`,
  },
  request_missing_information: {
    subject: '{{case.reference}}: details we need to make the correction',
    body: `Dear {{contact.name}},

Before we can make the correction ({{case.reference}}, "{{case.title}}") we need the following:

{{missing.items}}

Please reply to this email with these details so that we correct the right records.

${signOff}`,
  },
  status_update: {
    subject: '{{case.reference}}: an update on the correction',
    body: `Dear {{contact.name}},

We are writing with an update on the correction {{case.reference}} ("{{case.title}}").

[Say what has been corrected so far and what is awaiting a second check.]

We still aim to complete it by {{sla.dueDate}}.

${signOff}`,
  },
  resolution: {
    subject: '{{case.reference}}: the correction is complete',
    body: `Dear {{contact.name}},

The correction {{case.reference}} ("{{case.title}}") has been made and checked.

[Describe what was corrected and from which date it applies.]

If you notice anything else that does not look right, please reply to this email quoting {{case.reference}}.

${signOff}`,
  },
};

// Internal approvals are answered to the colleague who asked, so the tone is plainer.
export const internalApprovalTemplates: DefaultTemplateSet = {
  acknowledge: {
    subject: '{{case.reference}}: approval request received',
    body: `Hello {{contact.name}},

Your approval request for {{client.name}} ("{{case.title}}") is logged as {{case.reference}}. {{owner.name}} is preparing it for the approver, and we aim to have a decision by {{sla.dueDate}}.

${signOff}`,
  },
  request_missing_information: {
    subject: '{{case.reference}}: needed before the approval can go ahead',
    body: `Hello {{contact.name}},

Before {{case.reference}} ("{{case.title}}") can go to the approver we need:

{{missing.items}}

Please reply with these and we will submit the request straight away.

${signOff}`,
  },
  status_update: {
    subject: '{{case.reference}}: approval request update',
    body: `Hello {{contact.name}},

An update on {{case.reference}} ("{{case.title}}"):

[Say where the request stands and who it is with.]

We still expect a decision by {{sla.dueDate}}.

${signOff}`,
  },
  resolution: {
    subject: '{{case.reference}}: approval decision',
    body: `Hello {{contact.name}},

A decision has been made on {{case.reference}} ("{{case.title}}") for {{client.name}}.

[State the decision, any conditions and the review or expiry date.]

${signOff}`,
  },
};
