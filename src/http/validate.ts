import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../core/errors.js';

/** Parses a JSON body against a shared schema; a rejection names every field and what it expects. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new AppError('invalid_input', 'Send a JSON body with Content-Type: application/json.');
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    path: i.path.join('.') || '(body)',
    message: i.message,
  }));
  throw new AppError(
    'invalid_input',
    `Please fix: ${issues.map((i) => `${i.path} (${i.message})`).join('; ')}.`,
    { issues },
  );
}

/** Route ids are UUIDs; anything else cannot name a resource, so it is simply not found. */
export function uuidParam(c: Context, name: string, what: string): string {
  const value = c.req.param(name) ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw new AppError('not_found', `${what} not found.`);
  }
  return value;
}

/** Parses query parameters against a shared schema, with the same clear errors as bodies. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    path: i.path.join('.') || '(query)',
    message: i.message,
  }));
  throw new AppError(
    'invalid_input',
    `Please fix: ${issues.map((i) => `${i.path} (${i.message})`).join('; ')}.`,
    { issues },
  );
}
