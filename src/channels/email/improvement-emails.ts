import { z } from 'zod';
import type { OutgoingMail } from './mailer.js';

// What core queued for a raiser of a shipped improvement (email_outbox.data), checked first.
const Shipped = z.object({
  company: z.string(),
  title: z.string().min(1),
  text: z.string().min(1),
  sender: z.object({ name: z.string().min(1), email: z.string() }),
});

const html = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * "We fixed what you told us about": from the improvement's owner by name (on our address, with
 * replies going to them), in plain text and in simple HTML with every value escaped.
 */
export function improvementShippedEmail(
  data: unknown,
  o: { to: string; mailFrom: string },
): OutgoingMail {
  const d = Shipped.parse(data);
  const name = d.company ? `${d.sender.name} (${d.company})` : d.sender.name;
  return {
    to: o.to,
    from: { name, address: o.mailFrom },
    ...(d.sender.email ? { replyTo: { name: d.sender.name, address: d.sender.email } } : {}),
    subject: `You asked, we changed it: ${d.title}`,
    text: d.text,
    html: `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;color:#1b2119;line-height:1.5">
<p>${html(d.text)}</p>
</body></html>`,
  };
}
