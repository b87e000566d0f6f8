import type { ErrorCode } from '../shared/error-codes.js';

/** The one error type core throws on purpose. The HTTP layer maps `code` to a status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: {
      retryAfterSeconds?: number;
      issues?: { path: string; message: string }[];
    } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found.`);
