import type { DefaultTemplateSet } from './default-templates';

// Plain text in the tone of a UK bank's service desk: short, specific, no promises
// Caseline cannot keep. Each reply is reviewed and sent by a person.

const signOff = 'Kind regards,\n\n{{sender.name}}';

export const accountMaintenanceTemplates: DefaultTemplateSet = {
  acknowledge: {
    subject: '{{case.reference}}: we have received your request',
    body: `Dear {{contact.name}},

Thank you for your request about the accounts of {{client.name}}. We have logged it under reference {{case.reference}} ("{{case.title}}"); please quote this reference if you contact us about it.

{{owner.name}} is looking after your request, and we aim to complete it by {{sla.dueDate}}. We will contact you if we need anything further.

${signOff}`,
  },
  request_missing_information: {
    subject: '{{case.reference}}: information we need to complete your request',
    body: `Dear {{contact.name}},

To complete your request ({{case.reference}}, "{{case.title}}") we need the following:

{{missing.items}}

Please reply to this email with these items. For your security, we will never ask for your full online banking password or a one-time passcode.

As soon as we receive them we will continue with your request.

${signOff}`,
  },
  status_update: {
    subject: '{{case.reference}}: an update on your request',
    body: `Dear {{contact.name}},

We are writing with an update on your request {{case.reference}} ("{{case.title}}").

[Describe the progress made and the next step.]

{{owner.name}} remains responsible for it, and we still aim to complete it by {{sla.dueDate}}.

${signOff}`,
  },
  resolution: {
    subject: '{{case.reference}}: your request is complete',
    body: `Dear {{contact.name}},

We have completed your request {{case.reference}} ("{{case.title}}") for {{client.name}}.

[Summarise what was changed and when it took effect.]

If anything does not look right, please reply to this email quoting {{case.reference}} and we will look into it straight away.

${signOff}`,
  },
};

export const paymentInvestigationTemplates: DefaultTemplateSet = {
  acknowledge: {
    subject: '{{case.reference}}: we are investigating your payment',
    body: `Dear {{contact.name}},

Thank you for letting us know about the payment concerned ("{{case.title}}"). We have opened an investigation under reference {{case.reference}}.

{{owner.name}} is handling it and will trace the payment with the banks involved. We aim to give you an answer by {{sla.dueDate}}, and we will keep you informed if it takes longer.

${signOff}`,
  },
  request_missing_information: {
    subject: '{{case.reference}}: details we need to trace your payment',
    body: `Dear {{contact.name}},

To continue investigating the payment ({{case.reference}}, "{{case.title}}") we need the following from you:

{{missing.items}}

Please reply to this email with these details. We will never ask you to move money to another account as part of an investigation; if anyone does, please call us on the number on our website.

${signOff}`,
  },
  status_update: {
    subject: '{{case.reference}}: an update on your payment investigation',
    body: `Dear {{contact.name}},

We are writing with an update on our investigation {{case.reference}} ("{{case.title}}").

[Say what the trace has found so far and who we are waiting for.]

We still aim to give you an answer by {{sla.dueDate}}. {{owner.name}} will contact you as soon as we hear more.

${signOff}`,
  },
  resolution: {
    subject: '{{case.reference}}: the outcome of your payment investigation',
    body: `Dear {{contact.name}},

We have completed our investigation {{case.reference}} ("{{case.title}}").

[State the outcome: where the funds are, any amount credited or returned, and the date.]

If you have any questions about this outcome, please reply to this email quoting {{case.reference}}.

${signOff}`,
  },
};

export const documentRequestTemplates: DefaultTemplateSet = {
  acknowledge: {
    subject: '{{case.reference}}: we have received your document request',
    body: `Dear {{contact.name}},

Thank you for your request for documents for {{client.name}} ("{{case.title}}"). We have logged it under reference {{case.reference}}.

We aim to send the documents by {{sla.dueDate}}. {{owner.name}} will be in touch if we need anything to prepare them.

${signOff}`,
  },
  request_missing_information: {
    subject: '{{case.reference}}: information we need to prepare your documents',
    body: `Dear {{contact.name}},

Before we can prepare the documents you asked for ({{case.reference}}, "{{case.title}}") we need the following:

{{missing.items}}

Please reply to this email with these items, and we will prepare the documents as soon as we have them.

${signOff}`,
  },
  status_update: {
    subject: '{{case.reference}}: an update on your document request',
    body: `Dear {{contact.name}},

We are writing with an update on your document request {{case.reference}} ("{{case.title}}").

[Say which documents are ready and which are still being prepared.]

We still aim to send everything by {{sla.dueDate}}.

${signOff}`,
  },
  resolution: {
    subject: '{{case.reference}}: your documents',
    body: `Dear {{contact.name}},

The documents you requested ({{case.reference}}, "{{case.title}}") have been prepared.

[Say how the documents are being delivered, e.g. by secure message or by post.]

If anything is missing or incorrect, please reply to this email quoting {{case.reference}}.

${signOff}`,
  },
};
