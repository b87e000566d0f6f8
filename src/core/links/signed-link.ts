import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/db.js';
import { findServerKey, keepServerKey } from '../../db/queries/server-keys.js';
import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';

/**
 * Links a customer opens without signing in (a survey, a case's status). The token carries what
 * it opens and until when, signed with this installation's link secret: changing any character
 * or using it after its expiry is refused.
 */
export type LinkPurpose = 'survey' | 'case' | 'improvement';

export interface LinkClaims {
  purpose: LinkPurpose;
  workspaceId: string;
  /** The id of the thing the link opens (a survey invitation, a case). */
  subjectId: string;
  expiresAt: Date;
}

interface Payload {
  p: LinkPurpose;
  w: string;
  s: string;
  /** Expiry, seconds since the epoch. */
  e: number;
}

const SECRET_NAME = 'link_secret';
const secrets = new WeakMap<Db, Promise<Buffer>>();

/** The installation's link secret, made once and kept (a new one would break every link sent). */
function linkSecret(db: Db): Promise<Buffer> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = (async () => {
      const found = await findServerKey<string>(db, SECRET_NAME);
      const kept =
        found ?? (await keepServerKey(db, SECRET_NAME, randomBytes(32).toString('base64url')));
      return Buffer.from(kept, 'base64url');
    })();
    secret.catch(() => secrets.delete(db));
    secrets.set(db, secret);
  }
  return secret;
}

const mac = (secret: Buffer, body: string) =>
  createHmac('sha256', secret).update(body).digest('base64url');

/** A URL-safe token for `claims`. */
export async function signLink(deps: Pick<CoreDeps, 'db'>, claims: LinkClaims): Promise<string> {
  const payload: Payload = {
    p: claims.purpose,
    w: claims.workspaceId,
    s: claims.subjectId,
    e: Math.floor(claims.expiresAt.getTime() / 1000),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(await linkSecret(deps.db), body)}`;
}

const invalid = () =>
  new AppError('not_found', 'This link is not valid. Ask for a new one or open it from the email.');

/**
 * The claims of a token made by `signLink` for `purpose`. A token that was altered, made for
 * something else or has expired is refused with a message a customer can act on.
 */
export async function readLink(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  token: string,
  purpose: LinkPurpose,
): Promise<LinkClaims> {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined || token.length > 1024) throw invalid();
  const expected = Buffer.from(mac(await linkSecret(deps.db), body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  const payload = parsePayload(body);
  if (!payload || payload.p !== purpose) throw invalid();
  if (payload.e * 1000 <= deps.now().getTime()) {
    throw new AppError('forbidden', 'This link has expired. Ask us for a new one.');
  }
  return {
    purpose: payload.p,
    workspaceId: payload.w,
    subjectId: payload.s,
    expiresAt: new Date(payload.e * 1000),
  };
}

function parsePayload(body: string): Payload | undefined {
  try {
    const p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Payload>;
    const ok =
      typeof p.p === 'string' &&
      typeof p.w === 'string' &&
      typeof p.s === 'string' &&
      typeof p.e === 'number';
    return ok ? (p as Payload) : undefined;
  } catch {
    return undefined;
  }
}
