import type { ErrorBody, ErrorCode } from '../shared/error-codes.js';

/** An error the person can read: the server's own message, or ours when the network failed. */
export interface ApiError {
  code: ErrorCode | 'network';
  message: string;
  retryAfterSeconds?: number;
  issues?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError; status: number };

export interface Api {
  get<T>(path: string): Promise<Result<T>>;
  post<T>(path: string, body?: unknown): Promise<Result<T>>;
  put<T>(path: string, body?: unknown): Promise<Result<T>>;
  del<T>(path: string, body?: unknown): Promise<Result<T>>;
  /** Every write echoes the session's CSRF token; set it whenever a session starts or ends. */
  setCsrfToken(token: string | undefined): void;
}

const NETWORK: ApiError = {
  code: 'network',
  message: 'Could not reach Parley. Check your connection and try again.',
};

/**
 * The console's only door to the server. It never throws: every call resolves to a result, so a
 * screen always has something to show. `onSessionLost` runs when a signed-in call comes back 401.
 */
export function createApi(options: { base?: string; onSessionLost?: (e: ApiError) => void } = {}) {
  const base = options.base ?? '/api/console';
  let csrfToken: string | undefined;

  async function request<T>(method: string, path: string, body?: unknown): Promise<Result<T>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
    let response: Response;
    try {
      response = await fetch(base + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      return { ok: false, error: NETWORK, status: 0 };
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (response.ok) return { ok: true, data: json as T };
    const error = readError(json, response.status);
    const sessionLost = error.code === 'unauthenticated' || error.code === 'session_expired';
    if (sessionLost && csrfToken && !path.startsWith('/auth/session')) {
      options.onSessionLost?.(error);
    }
    return { ok: false, error, status: response.status };
  }

  const api: Api = {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    put: (path, body) => request('PUT', path, body ?? {}),
    del: (path, body) => request('DELETE', path, body),
    setCsrfToken: (token) => {
      csrfToken = token;
    },
  };
  return api;
}

function readError(json: unknown, status: number): ApiError {
  const error = (json as Partial<ErrorBody> | undefined)?.error;
  if (error && typeof error.message === 'string') return error;
  return {
    code: status >= 500 ? 'unavailable' : 'internal',
    message: `Parley answered with an unexpected error (HTTP ${status}). Try again in a moment.`,
  };
}
