import { z } from 'zod';
import type { OutgoingMail } from './mailer.js';

// What core queued for callbacks and email replies (email_outbox.data), checked first.
const Call = z.object({
  company: z.string(),
  name: z.string().nullable(),
  phone: z.string().min(1),
  slotStart: z.string().nullable(),
  timeZone: z.string().nullable(),
  promiseMinutes: z.number().optional(),
});
const Reply = z.object({
  company: z.string(),
  text: z.string().min(1),
  sender: z.object({ name: z.string().min(1), email: z.string() }),
});

type Options = { to: string; mailFrom: string };

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const page = (paragraphs: string[]) =>
  `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;color:#1b2119;line-height:1.5">
${paragraphs.map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`).join('\n')}
</body></html>`;

/** "Tuesday 4 March at 14:30 CET", on the customer's clock when we know their time zone. */
export function callTime(iso: string, timeZone: string | null): string {
  const at = new Date(iso);
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(at);
  try {
    return format(timeZone ?? 'UTC');
  } catch {
    return format('UTC');
  }
}

function mail(
  subject: string,
  paragraphs: string[],
  company: string,
  o: Options,
  replyTo?: { name: string; address: string },
): OutgoingMail {
  return {
    to: o.to,
    from: { name: company || 'Customer service', address: o.mailFrom },
    ...(replyTo ? { replyTo } : {}),
    subject,
    text: paragraphs.join('\n\n'),
    html: page(paragraphs),
  };
}

function confirmation(data: unknown, o: Options): OutgoingMail {
  const d = Call.parse(data);
  const when = d.slotStart
    ? `on ${callTime(d.slotStart, d.timeZone)}`
    : `within about ${d.promiseMinutes ?? 10} minutes`;
  return mail(
    d.slotStart ? `Your call ${when}` : 'We are calling you shortly',
    [
      d.name ? `Hi ${d.name},` : 'Hello,',
      `Thank you for asking us to call you. We will call ${d.phone} ${when}.`,
      'If we cannot reach you, we will try again a little later. Need another time? Open the help button on our site and book a new one.',
      d.company,
    ].filter(Boolean),
    d.company,
    o,
  );
}

function reminder(data: unknown, o: Options): OutgoingMail {
  const d = Call.parse(data);
  const when = callTime(d.slotStart ?? new Date().toISOString(), d.timeZone);
  return mail(
    `Reminder: we call you on ${when}`,
    [
      d.name ? `Hi ${d.name},` : 'Hello,',
      `A reminder: we will call ${d.phone} on ${when}.`,
      d.company,
    ].filter(Boolean),
    d.company,
    o,
  );
}

function reply(data: unknown, o: Options): OutgoingMail {
  const d = Reply.parse(data);
  const from = d.company ? `${d.sender.name} (${d.company})` : d.sender.name;
  return {
    ...mail(`A reply from ${from}`, [d.text, `${d.sender.name}\n${d.company}`.trim()], from, o),
    ...(d.sender.email ? { replyTo: { name: d.sender.name, address: d.sender.email } } : {}),
  };
}

/** The email for a callback or email-reply outbox row; undefined for other templates. */
export function renderCallbackEmail(
  template: string,
  data: unknown,
  o: Options,
): OutgoingMail | undefined {
  if (template === 'callback_confirmation') return confirmation(data, o);
  if (template === 'callback_reminder') return reminder(data, o);
  if (template === 'conversation_reply') return reply(data, o);
  return undefined;
}
