/** The short list of error codes every Parley client may receive: `{ error: { code, message } }`. */
export const ERROR_CODES = [
  'invalid_input',
  'unauthenticated',
  'session_expired',
  'invalid_credentials',
  'locked',
  'rate_limited',
  'csrf_failed',
  'forbidden',
  'not_found',
  'conflict',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** For invalid_input: which field and what it expects. */
    issues?: { path: string; message: string }[];
    /** For locked and rate_limited: seconds until a retry can succeed. */
    retryAfterSeconds?: number;
  };
}
