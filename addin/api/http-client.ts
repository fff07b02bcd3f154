import axios, {
  AxiosHeaders,
  isAxiosError,
  type AxiosInstance,
  type AxiosRequestConfig,
  type AxiosResponse,
  type RawAxiosHeaders,
} from 'axios';
import type { z } from 'zod';
import { ErrorBodySchema } from '../../shared/errors';
import { ApiError } from './api-error';

/** Gives the bearer token for the next request, or null to send none. */
export type TokenSource = {
  (): Promise<string | null>;
  /** Gets a new token past any cache, after the server refused one; without it the source is asked again. */
  refresh?: () => Promise<string | null>;
};

export type HttpClient = {
  /** Sends a request and parses the answer with the given shared schema. */
  send: <T extends z.ZodType>(schema: T, config: AxiosRequestConfig) => Promise<z.infer<T>>;
};

/** How a request ended, as far as the pane's connectivity banner cares. */
export type RequestOutcome = 'reachable' | 'unreachable' | 'signed_out';

/** Told how every request ended, so the pane can say when the server is out of reach. */
export type RequestObserver = (outcome: RequestOutcome) => void;

const signInAgain = 'Your Caseline sign-in has ended. Sign in again to continue.';

/**
 * True for the failures the pane answers with "Sign in again": the server refused a freshly
 * acquired token too, or no token could be acquired at all.
 */
export function needsSignIn(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'unauthenticated';
}

// What a proxy or load balancer answers, without a Caseline error body, while the server is down.
const gatewayStatuses = [502, 503, 504];

/** Any answer from the server itself, an error status included, means it can be reached again. */
function outcomeOf(error: ApiError): RequestOutcome {
  if (error.kind === 'unreachable') return 'unreachable';
  if (!error.code && gatewayStatuses.includes(error.status ?? 0)) return 'unreachable';
  return needsSignIn(error) ? 'signed_out' : 'reachable';
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isAxiosError(error)) {
    if (!error.response) {
      return new ApiError(
        'unreachable',
        'Caseline cannot reach its server. Check your connection and try again.',
      );
    }
    const parsed = ErrorBodySchema.safeParse(error.response.data);
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      return new ApiError('http', message, error.response.status, code, details);
    }
    return new ApiError(
      'http',
      `The server answered ${error.response.status}`,
      error.response.status,
    );
  }
  return new ApiError('bad_response', error instanceof Error ? error.message : String(error));
}

function isUnauthorized(error: unknown): boolean {
  return isAxiosError(error) && error.response?.status === 401;
}

/** The second 401 in a row: the server's reason is kept for the administrator's benefit. */
function refusedAgain(error: unknown): ApiError {
  const refused = toApiError(error);
  const reason = refused.code === 'unauthenticated' ? ` (${refused.message})` : '';
  return new ApiError('http', `${signInAgain}${reason}`, 401, 'unauthenticated', refused.details);
}

/** Asks the token source, turning a failed sign-in into the "Sign in again" error. */
async function bearer(token: TokenSource, fresh: boolean): Promise<string | null> {
  try {
    return fresh && token.refresh ? await token.refresh() : await token();
  } catch (error) {
    // A dev-token request that could not reach the server is a connection problem, not sign-in.
    if (isAxiosError(error)) throw toApiError(error);
    const reason = error instanceof Error ? ` (${error.message})` : '';
    throw new ApiError('http', `${signInAgain}${reason}`, undefined, 'unauthenticated');
  }
}

/** The one axios instance: adds the bearer token and turns every failure into an ApiError. */
export function createHttpClient(
  baseURL: string,
  token: TokenSource,
  observe: RequestObserver = () => undefined,
): HttpClient {
  const instance: AxiosInstance = axios.create({ baseURL, timeout: 15_000 });

  const attempt = async (config: AxiosRequestConfig, fresh: boolean) => {
    const value = await bearer(token, fresh);
    // Per-request headers are flat; axios's type also allows per-method ones, which no caller sends.
    const headers = new AxiosHeaders(config.headers as RawAxiosHeaders | AxiosHeaders | undefined);
    if (value) headers.set('Authorization', `Bearer ${value}`);
    return instance.request<unknown>({ ...config, headers });
  };

  // A 401 earns exactly one new token and one retry; a second 401 ends it, never a loop.
  const request = async (config: AxiosRequestConfig): Promise<AxiosResponse<unknown>> => {
    try {
      return await attempt(config, false);
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
    }
    try {
      return await attempt(config, true);
    } catch (error) {
      throw isUnauthorized(error) ? refusedAgain(error) : error;
    }
  };

  return {
    send: async (schema, config) => {
      try {
        const response = await request(config);
        observe('reachable');
        const parsed = schema.safeParse(response.data);
        if (!parsed.success) {
          throw new ApiError(
            'bad_response',
            'The server sent an answer this version of Caseline does not understand',
          );
        }
        return parsed.data;
      } catch (error) {
        const failure = toApiError(error);
        // A bad_response thrown after a successful answer was already reported as reachable.
        if (failure.kind !== 'bad_response') observe(outcomeOf(failure));
        throw failure;
      }
    },
  };
}
