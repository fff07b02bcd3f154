import axios from 'axios';
import { DevTokenResponseSchema, DevUserListSchema } from '../../shared/auth/dev-token.schema';
import type { User } from '../../shared/users/user.schema';
import type { TokenSource } from './http-client';

/** Lists the demo users a dev-mode server offers. */
export async function fetchDevUsers(baseURL: string): Promise<User[]> {
  const response = await axios.get<unknown>(`${baseURL}/api/dev/users`);
  return DevUserListSchema.parse(response.data);
}

/** A token source that asks a dev-mode server for a token for one demo user, and reuses it. */
export function devTokenSource(baseURL: string, userId: string): TokenSource {
  let pending: Promise<string> | null = null;
  return () => {
    pending ??= axios
      .post<unknown>(`${baseURL}/api/dev/token`, { userId })
      .then((response) => DevTokenResponseSchema.parse(response.data).accessToken)
      .catch((error: unknown) => {
        pending = null;
        throw error;
      });
    return pending;
  };
}
