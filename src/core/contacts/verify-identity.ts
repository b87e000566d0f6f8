import { createHmac, timingSafeEqual } from 'node:crypto';

/** The HMAC-SHA256 (hex) of a visitor id with the workspace's identity secret. */
export function identityHash(secret: string, id: string): string {
  return createHmac('sha256', secret).update(id).digest('hex');
}

/** True only when `hash` is the site's signature of `id`; compared in constant time. */
export function isVerifiedIdentity(secret: string, id: string, hash: string | undefined): boolean {
  if (!hash) return false;
  const expected = Buffer.from(identityHash(secret, id), 'hex');
  const given = Buffer.from(hash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
