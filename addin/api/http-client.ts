import axios, { isAxiosError, type AxiosInstance, type AxiosRequestConfig } from 'axios';
import type { z } from 'zod';
import { ErrorBodySchema } from '../../shared/errors';
import { ApiError } from './api-error';

export type TokenSource = () => Promise<string | null>;

export type HttpClient = {
  /** Sends a request and parses the answer with the given shared schema. */
  send: <T extends z.ZodType>(schema: T, config: AxiosRequestConfig) => Promise<z.infer<T>>;
};

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

/** The one axios instance: adds the bearer token and turns every failure into an ApiError. */
export function createHttpClient(baseURL: string, token: TokenSource): HttpClient {
  const instance: AxiosInstance = axios.create({ baseURL, timeout: 15_000 });
  instance.interceptors.request.use(async (config) => {
    const value = await token();
    if (value) config.headers.set('Authorization', `Bearer ${value}`);
    return config;
  });
  return {
    send: async (schema, config) => {
      try {
        const response = await instance.request<unknown>(config);
        const parsed = schema.safeParse(response.data);
        if (!parsed.success) {
          throw new ApiError(
            'bad_response',
            'The server sent an answer this version of Caseline does not understand',
          );
        }
        return parsed.data;
      } catch (error) {
        throw toApiError(error);
      }
    },
  };
}
