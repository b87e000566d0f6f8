import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.js';
import { startSmtpServer } from '../../../test/smtp-server.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { offerSurvey } from '../../core/surveys/offer-survey.js';
import { seedCustomer, seedTeam } from '../../core/surveys/surveys.test-helpers.js';
import { createEmailDispatcher } from './email-dispatcher.js';
import { createSmtpMailer } from './mailer.js';

const BASE = 'https://help.example.test';
const FROM = 'feedback@example.test';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
/** How far the dispatcher's clock runs ahead of the real one (retries wait). */
let ahead = 0;

beforeAll(async () => {
  t = await createTestApp();
  t.core.emailEnabled = true;
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await t.close();
});

const dispatcher = () =>
  createEmailDispatcher({
    db: t.db,
    log: pino({ level: 'silent' }),
    mailer: createSmtpMailer(smtp.url),
    baseUrl: BASE,
    mailFrom: FROM,
    now: () => new Date(Date.now() + ahead),
  });

async function npsByEmail() {
  const team = await seedTeam(t);
  const sam = await seedCustomer(t, team.workspace.public_key);
  const offer = await offerSurvey(t.core, {
    kind: 'nps',
    workspaceId: team.workspace.id,
    contactId: sam.contactId,
    touchpoint: 'relational',
  });
  if (offer.status !== 'offered') throw new Error('the survey was not offered');
  return { ...team, sam, link: offer.link };
}

const mailTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));

describe('survey email', () => {
  it('invites by email from a named person, with one-tap score links and the survey link', async () => {
    const s = await npsByEmail();
    expect(mailTo(s.sam.email!)).toEqual([]); // queued, not sent, until the dispatcher runs
    await dispatcher().runOnce();
    const [mail] = mailTo(s.sam.email!);
    expect(mail).toBeDefined();
    expect(mail!.from).toBe(FROM);
    expect(mail!.headers.get('from')).toBe(`"${s.owner.name} (${s.workspace.name})" <${FROM}>`);
    expect(mail!.headers.get('reply-to')).toBe(`"${s.owner.name}" <${s.owner.email}>`);
    expect(mail!.headers.get('subject')).toBe(
      `A quick question from ${s.owner.name} at ${s.workspace.name}`,
    );
    expect(mail!.headers.get('from')).not.toMatch(/no-?reply/i);
    const url = BASE + s.link;
    expect(mail!.text).toContain('Hi Sam Carter,');
    expect(mail!.text).toContain(
      `How likely are you to recommend ${s.workspace.name} to a friend or colleague?`,
    );
    for (let score = 0; score <= 10; score++) {
      expect(mail!.text).toContain(`${score}: ${url}?score=${score}\n`);
      expect(mail!.html).toContain(`href="${url}?score=${score}"`);
    }
    expect(mail!.text).toContain(`Or open the survey: ${url}`);
    expect(mail!.text).toMatch(new RegExp(`Thank you,\\n${s.owner.name}\\n${s.workspace.name}$`));
  });

  it('a tap on a score link answers, and the named person thanks the customer by email', async () => {
    const s = await npsByEmail();
    await dispatcher().runOnce();
    const page = await t.fetch(`${s.link}?score=4`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('You chose <strong>4</strong>');
    // The link alone records nothing (a mail scanner may fetch it): the page sends it.
    const sent = await t.fetch(s.link, {
      method: 'POST',
      body: new URLSearchParams({ score: '4' }),
    });
    expect(sent.status).toBe(303);
    await dispatcher().runOnce();
    const [, thanks] = mailTo(s.sam.email!);
    expect(thanks?.headers.get('subject')).toBe(
      `Thank you, from ${s.owner.name} at ${s.workspace.name}`,
    );
    expect(thanks?.headers.get('reply-to')).toBe(`"${s.owner.name}" <${s.owner.email}>`);
    expect(thanks?.text).toMatch(/^Thank you, Sam\. I am sorry we let you down/);
    expect(thanks?.text).toContain('I will get in touch with you myself');
    const [row] = await t.db.query<{ channel: string; score: number }>(
      'select channel, score from survey_responses where workspace_id = $1',
      [s.workspace.id],
    );
    expect(row).toEqual({ channel: 'email', score: 4 });
  });

  it('a refused email is tried again later, and one queued by a rolled-back change is never sent', async () => {
    const team = await seedTeam(t);
    const sam = await seedCustomer(t, team.workspace.public_key);
    const crashing: Db = {
      ...t.db,
      transaction: (fn) =>
        t.db.transaction(async (tx) => {
          await fn(tx);
          throw new Error('crashed before commit');
        }),
    };
    const offer = {
      kind: 'nps' as const,
      workspaceId: team.workspace.id,
      contactId: sam.contactId,
      touchpoint: 'relational' as const,
    };
    await expect(offerSurvey({ ...t.core, db: crashing }, offer)).rejects.toThrow('crashed');
    await dispatcher().runOnce();
    expect(mailTo(sam.email!)).toEqual([]);

    await offerSurvey(t.core, offer);
    smtp.refuse(1);
    await dispatcher().runOnce();
    expect(mailTo(sam.email!)).toEqual([]);
    const [waiting] = await t.db.query<{ status: string; attempts: number; last_error: string }>(
      'select status, attempts, last_error from email_outbox where workspace_id = $1',
      [team.workspace.id],
    );
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting!.last_error).toMatch(/451|Try again later/);
    ahead += 61_000;
    await dispatcher().runOnce();
    expect(mailTo(sam.email!)).toHaveLength(1);
  });
});
