import { createECDH } from 'node:crypto';
import { findServerKey, keepServerKey } from '../../db/queries/server-keys.js';
import type { CoreDeps } from '../deps.js';

/** The installation's VAPID key pair (P-256), base64url: what push services know us by. */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

const NAME = 'vapid';

/** Created once on first use and kept: every subscription is bound to the public key. */
export async function vapidKeys(deps: Pick<CoreDeps, 'db'>): Promise<VapidKeys> {
  const found = await findServerKey<VapidKeys>(deps.db, NAME);
  if (found) return found;
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  // The scalar is 32 bytes; getPrivateKey() drops leading zero bytes, so pad it back.
  const raw = ecdh.getPrivateKey();
  const scalar = Buffer.alloc(32);
  raw.copy(scalar, 32 - raw.length);
  const keys: VapidKeys = {
    publicKey: ecdh.getPublicKey().toString('base64url'),
    privateKey: scalar.toString('base64url'),
  };
  return keepServerKey(deps.db, NAME, keys);
}
