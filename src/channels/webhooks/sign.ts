import { createHmac } from 'node:crypto';

/** `t=UNIX_SECONDS,v1=HEX`: the timestamp is signed too, so a captured call cannot be replayed later. */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}
