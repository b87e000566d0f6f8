import { describe, expect, it } from 'vitest';
import { renderEmail } from './survey-emails.js';

const o = {
  to: 'sam@example.test',
  baseUrl: 'https://help.example.test',
  mailFrom: 'care@shop.test',
};
const call = {
  company: 'Hopfield Homebrew',
  name: '<b>Sam</b>',
  phone: '+49 30 1234567',
  slotStart: '2026-03-03T13:30:00.000Z',
  timeZone: 'Europe/Berlin',
  promiseMinutes: 10,
};

describe('callback emails', () => {
  it('confirms the slot on the customer’s own clock, with their words as text only', () => {
    const mail = renderEmail('callback_confirmation', call, o)!;
    expect(mail.subject).toBe('Your call on Tuesday 3 March at 14:30 CET');
    expect(mail.from).toEqual({ name: 'Hopfield Homebrew', address: 'care@shop.test' });
    expect(mail.text).toContain('We will call +49 30 1234567 on Tuesday 3 March at 14:30 CET.');
    expect(mail.html).toContain('Hi &lt;b&gt;Sam&lt;/b&gt;,');
    expect(mail.html).not.toContain('<b>Sam</b>');
  });

  it('says "within minutes" for a call now, and reminds of a slot in UTC when the zone is unknown', () => {
    const now = renderEmail('callback_confirmation', { ...call, slotStart: null }, o)!;
    expect(now.subject).toBe('We are calling you shortly');
    expect(now.text).toContain('within about 10 minutes');
    const reminder = renderEmail('callback_reminder', { ...call, timeZone: null }, o)!;
    expect(reminder.subject).toBe('Reminder: we call you on Tuesday 3 March at 13:30 UTC');
  });

  it('sends a team reply from the person who wrote it, replies going to them', () => {
    const mail = renderEmail(
      'conversation_reply',
      {
        company: 'Hopfield',
        text: 'Back on Friday.',
        sender: { name: 'Laura', email: 'laura@shop.test' },
      },
      o,
    )!;
    expect(mail.from.name).toBe('Laura (Hopfield)');
    expect(mail.replyTo).toEqual({ name: 'Laura', address: 'laura@shop.test' });
    expect(mail.text).toContain('Back on Friday.');
  });
});
