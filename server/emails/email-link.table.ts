export type EmailLinkTable = {
  id: string;
  case_id: string;
  internet_message_id: string;
  conversation_id: string | null;
  subject: string;
  from_email: string;
  received_at: string;
  linked_by: string;
  linked_at: string;
  unlinked_at: string | null;
  unlinked_by: string | null;
  unlink_reason: string | null;
};
