import type { DemoAccount, DemoContact } from './demo-data.types';

// Terse builders so the client tables read one row per contact or account.

export function contact(id: string, name: string, email: string, role: string | null): DemoContact {
  return { id, name, email, role };
}

export function account(
  id: string,
  number: string,
  product: string,
  currency: string,
  balance: string,
  status: DemoAccount['status'] = 'active',
): DemoAccount {
  return { id, number, product, currency, balance, status };
}
