import { z } from 'zod';
import { SURVEY_QUESTIONS, scalePoints } from '../../shared/survey-questions.js';
import { renderCallbackEmail } from './callback-emails.js';
import { improvementShippedEmail } from './improvement-emails.js';
import type { Address, OutgoingMail } from './mailer.js';

// What core queued (email_outbox.data), checked before anything is rendered from it.
const Sender = z.object({ name: z.string().min(1), email: z.string() });
const Invitation = z.object({
  link: z.string().startsWith('/survey/'),
  kind: z.enum(['csat', 'ces', 'nps', 'cx']),
  company: z.string(),
  customerName: z.string().nullable(),
  question: z.string(),
  sender: Sender,
});
const Thanks = z.object({ company: z.string(), text: z.string(), sender: Sender });

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The email for one outbox row, or undefined for a template this version does not know. */
export function renderEmail(
  template: string,
  data: unknown,
  o: { to: string; baseUrl: string; mailFrom: string },
): OutgoingMail | undefined {
  if (template === 'survey_invitation') return invitation(Invitation.parse(data), o);
  if (template === 'survey_thanks') return thanks(Thanks.parse(data), o);
  if (template === 'improvement_shipped') return improvementShippedEmail(data, o);
  return renderCallbackEmail(template, data, o);
}

/** Mail comes from a person: their name on our address, and replies go to them. */
function people(sender: z.infer<typeof Sender>, company: string, mailFrom: string) {
  const from: Address = {
    name: company ? `${sender.name} (${company})` : sender.name,
    address: mailFrom,
  };
  const replyTo: Address = { name: sender.name, address: sender.email };
  return { from, replyTo };
}

function invitation(
  d: z.infer<typeof Invitation>,
  o: { to: string; baseUrl: string; mailFrom: string },
): OutgoingMail {
  const url = o.baseUrl.replace(/\/+$/, '') + d.link;
  const q = SURVEY_QUESTIONS[d.kind];
  const points = d.kind === 'cx' ? [] : scalePoints(q.scale);
  const scoreUrl = (p: number) => `${url}?score=${p}`;
  const hello = d.customerName ? `Hi ${d.customerName},` : 'Hello,';
  const ends = `${q.scale.min} = ${q.scale.low}, ${q.scale.max} = ${q.scale.high}`;
  const text = [
    hello,
    '',
    d.question,
    ...(points.length
      ? ['', `Choose a number to answer (${ends}):`, ...points.map((p) => `${p}: ${scoreUrl(p)}`)]
      : []),
    '',
    `${points.length ? 'Or open the survey' : 'Open the survey'}: ${url}`,
    '',
    'Thank you,',
    d.sender.name,
    d.company,
  ].join('\n');
  const buttons = points
    .map(
      (p) =>
        `<a href="${escape(scoreUrl(p))}" style="display:inline-block;min-width:36px;padding:10px 0;margin:0 4px 8px 0;text-align:center;border:1px solid #2f4a2a;border-radius:8px;color:#2f4a2a;font-weight:600;text-decoration:none">${p}</a>`,
    )
    .join('');
  const html = `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;color:#1b2119;line-height:1.5">
<p>${escape(hello)}</p>
<p style="font-size:17px">${escape(d.question)}</p>
${points.length ? `<p>${buttons}</p><p style="color:#5b6558;font-size:14px">${escape(ends)}</p>` : ''}
<p><a href="${escape(url)}">${points.length ? 'Or open the survey' : 'Open the survey'}</a></p>
<p>Thank you,<br>${escape(d.sender.name)}<br>${escape(d.company)}</p>
</body></html>`;
  return {
    to: o.to,
    ...people(d.sender, d.company, o.mailFrom),
    subject: `A quick question from ${d.sender.name}${d.company ? ` at ${d.company}` : ''}`,
    text,
    html,
  };
}

function thanks(d: z.infer<typeof Thanks>, o: { to: string; mailFrom: string }): OutgoingMail {
  const text = [d.text, '', d.sender.name, d.company].join('\n');
  const html = `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;color:#1b2119;line-height:1.5">
<p>${escape(d.text)}</p>
<p>${escape(d.sender.name)}<br>${escape(d.company)}</p>
</body></html>`;
  return {
    to: o.to,
    ...people(d.sender, d.company, o.mailFrom),
    subject: `Thank you, from ${d.sender.name}${d.company ? ` at ${d.company}` : ''}`,
    text,
    html,
  };
}
