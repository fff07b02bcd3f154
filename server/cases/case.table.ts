export type CaseTable = {
  id: string;
  number: number;
  client_id: string;
  contact_id: string | null;
  type: string;
  priority: string;
  stage: string;
  title: string;
  description: string;
  channel: string;
  queue: string;
  owner_id: string | null;
  source_message_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
};

export type CounterTable = { name: string; value: number };
