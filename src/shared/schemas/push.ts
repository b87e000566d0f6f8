import { z } from 'zod';

const base64url = (what: string, min: number, max: number) =>
  z
    .string()
    .min(min, what)
    .max(max, what)
    .regex(/^[A-Za-z0-9_-]+=*$/, `${what} (base64url)`);

/** What a browser's PushSubscription.toJSON() gives, as the console posts it. */
export const PushSubscriptionInput = z.object({
  endpoint: z
    .url({ error: 'the push service URL' })
    .max(2048)
    .refine((u) => {
      const url = new URL(u);
      // Push services are always HTTPS; plain HTTP only to this machine (a local test service).
      return (
        url.protocol === 'https:' ||
        (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
      );
    }, 'a push service URL must use https://'),
  keys: z.object({
    p256dh: base64url('the subscription public key', 80, 100),
    auth: base64url('the subscription auth secret', 16, 32),
  }),
});
export type PushSubscriptionInput = z.infer<typeof PushSubscriptionInput>;

export const PushEndpointInput = z.object({ endpoint: z.string().min(1).max(2048) });

/** GET /api/console/push: the key to subscribe with, and this person's subscriptions. */
export interface PushStatusView {
  publicKey: string;
  subscriptions: number;
}

/** The payload a push carries to the console's service worker. */
export interface PushPayload {
  title: string;
  body: string;
  /** Console path to open on tap. */
  url: string;
  /** Notifications with the same tag replace each other (one per conversation). */
  tag: string;
}
