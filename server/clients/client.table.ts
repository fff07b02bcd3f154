import type { Generated } from 'kysely';

export type ClientTable = {
  id: string;
  name: string;
  segment: string;
  owner_id: string;
  client_since: string;
  risk_rating: string;
  created_at: string;
  /** 0 or 1: the client is known to be in vulnerable circumstances. */
  vulnerable: Generated<number>;
  vulnerability_note: string | null;
  /** JSON array of restriction descriptions. */
  restrictions: Generated<string>;
  next_review_date: string | null;
};

export type ContactTable = {
  id: string;
  client_id: string;
  name: string;
  email: string;
  /** Lower-cased domain of `email`, kept for the domain match. */
  email_domain: string;
  role: string | null;
};

export type AccountTable = {
  id: string;
  client_id: string;
  number: string;
  product: string;
  currency: string;
  balance: string;
  status: string;
};
