/** Events a webhook endpoint can subscribe to. */
export const WEBHOOK_EVENTS = [
  'conversation.created',
  'message.created',
  'conversation.assigned',
  'conversation.resolved',
  'case.updated',
  'feedback.created',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The header carrying `t=UNIX_SECONDS,v1=HEX(HMAC-SHA256(secret, "t.body"))`. */
export const SIGNATURE_HEADER = 'x-parley-signature';
