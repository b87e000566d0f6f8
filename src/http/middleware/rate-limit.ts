import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { AppError } from '../../core/errors.js';

/**
 * A fixed-window limit per client address, in memory. It slows password guessing from one
 * address across many accounts; the per-account lockout (core/auth/log-in) covers the rest.
 */
export function rateLimit(options: {
  limit: number;
  windowMs: number;
  now?: () => number;
}): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const key = clientAddress(c) ?? 'unknown';
    const t = now();
    if (windows.size > 10_000) sweep(windows, t, options.windowMs);
    const w = windows.get(key);
    const current = w && t - w.start < options.windowMs ? w : { start: t, count: 0 };
    current.count += 1;
    windows.set(key, current);
    if (current.count > options.limit) {
      const retryAfterSeconds = Math.ceil((current.start + options.windowMs - t) / 1000);
      throw new AppError(
        'rate_limited',
        `Too many attempts from your network. Wait ${retryAfterSeconds} seconds and try again.`,
        { retryAfterSeconds },
      );
    }
    await next();
  };
}

function clientAddress(c: Parameters<MiddlewareHandler>[0]): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

function sweep(windows: Map<string, { start: number }>, t: number, windowMs: number) {
  for (const [key, w] of windows) if (t - w.start >= windowMs) windows.delete(key);
}
