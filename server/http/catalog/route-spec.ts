import type { z } from 'zod';
import type { Action } from '../../../shared/authz/permissions';
import type { ObjectKind } from '../../authz/object-access';

/** Who may call a route at all; what each role may do is decided per object in the services. */
export type RouteAccess = 'public' | 'token';

/** One API route as documented: the shapes it takes and answers, all from `shared/`. */
export type RouteSpec = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Fastify-style path, e.g. `/api/cases/:id`. */
  path: string;
  tag: string;
  summary: string;
  access: RouteAccess;
  /** The action a caller's roles must grant; null only for public routes. */
  permission: Action | null;
  /** What `:id` names; the caller must be able to see it, or gets 404. */
  object?: ObjectKind;
  /** Exists only in dev mode (AUTH_MODE=dev). */
  devOnly?: boolean;
  params?: z.ZodObject;
  query?: z.ZodType;
  /** A JSON body schema, or a raw upload's description. */
  body?: z.ZodType | { raw: string };
  /** `required` answers 428 without If-Match; `optional` checks it when sent. */
  ifMatch?: 'required' | 'optional';
  idempotent?: boolean;
  responses: { status: number; description: string; schema?: z.ZodType; raw?: string }[];
};
