/**
 * What a reply asks the customer for, by evidence checklist key: only the items
 * a customer (or, for internal approvals, the requesting colleague) can supply,
 * in words they understand. Internal records such as a reviewer's sign-off or
 * "customer update sent" are never asked of anyone outside the bank.
 */
export const customerRequests: Readonly<Record<string, string>> = {
  identity_check: 'Proof of identity, such as a passport or photocard driving licence',
  signed_instruction: 'A signed instruction confirming the change you would like us to make',
  transaction_record:
    'The payment confirmation or statement entry for the payment, showing the date, amount and beneficiary',
  evidence_pack: 'Any statements, letters or emails that support your complaint',
  affected_records: 'A list of the transactions or records you believe are affected',
  policy_reference: 'The policy reference the request relies on',
  rationale: 'The business rationale for the request',
};
