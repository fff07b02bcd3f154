import { z } from 'zod';
import { UserSchema } from '../users/user.schema';

/** `POST /api/dev/token` body: which demo user to mint a token for. */
export const DevTokenRequestSchema = z.object({ userId: z.string().min(1) });
export type DevTokenRequest = z.infer<typeof DevTokenRequestSchema>;

/** `POST /api/dev/token` answer. */
export const DevTokenResponseSchema = z.object({ accessToken: z.string() });
export type DevTokenResponse = z.infer<typeof DevTokenResponseSchema>;

/** `GET /api/dev/users` answer: the demo users to pick from. */
export const DevUserListSchema = z.array(UserSchema);
