import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { offerSurvey } from '../core/surveys/offer-survey.js';
import { openVisitorSession } from '../core/contacts/open-visitor-session.js';
import { addMember } from '../core/users/add-member.js';
import { seriousAxeFindings } from '../../test/axe.js';
import {
  desktop,
  hasNoHorizontalOverflow,
  openPage,
  phone,
  screenshot,
  signInToConsole,
  useParleyAndChromium,
} from '../../test/browser.js';
import { PASSWORD } from '../../test/seed.js';

const env = useParleyAndChromium();
const LAURA = 'laura.lager@hopfield.example';
const ADA = 'ada.admin@hopfield.example';
const QUESTION = 'Can I swap the 5 kg sack of Maris Otter for two 2.5 kg bags?';

beforeAll(async () => {
  const deps = { db: env.server.db, now: () => new Date() };
  const workspaceId = env.server.demo!.workspace.id;
  const people = [
    [LAURA, 'Laura Lager', 'agent'],
    [ADA, 'Ada Admin', 'admin'],
  ] as const;
  for (const [email, name, role] of people) {
    await addMember(deps, { workspaceId, email, name, role, password: PASSWORD });
  }
});

const log = (page: Page) => page.getByRole('log', { name: 'Messages' });

describe('feedback in a real browser', () => {
  it('after the agent resolves the conversation, the customer rates it with one tap and adds a comment', async () => {
    const shop = await openPage(env.browser, phone, env.server.url + '/');
    const { page } = shop;
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('button', { name: /Ask a question/ }).click();
    await page.getByRole('textbox', { name: 'Message' }).fill(QUESTION);
    await page.getByRole('button', { name: 'Send' }).click();
    await log(page).getByText('Sent', { exact: true }).waitFor();
    const key = env.server.demo!.workspace.public_key;
    const stored = await page.evaluate((k) => localStorage.getItem(`parley:${k}:conv`), key);
    const conversationId = (JSON.parse(stored!) as { id: string }).id;

    // Laura, at her desk, takes the conversation, answers and resolves it in the console.
    const agent = await openPage(env.browser, desktop, env.server.url + '/console/');
    await signInToConsole(agent.page, LAURA, { lands: 'Inbox' });
    await agent.page.goto(`${env.server.url}/console/conversations/${conversationId}`);
    await agent.page.getByRole('button', { name: 'Assign to me' }).click();
    await agent.page.getByText('Assigned to you').waitFor();
    await agent.page
      .getByRole('textbox', { name: 'Reply to the customer' })
      .fill('Yes, of course. Swapped!');
    await agent.page.keyboard.press('Enter');
    await log(page).getByText('Yes, of course. Swapped!').waitFor();
    await agent.page.getByRole('button', { name: 'Resolve', exact: true }).click();
    await agent.page.getByRole('button', { name: 'Reopen' }).waitFor();

    // The customer's widget: the question, from Laura by name, and a one-tap scale.
    const question = 'How satisfied are you with the help you got from Laura Lager?';
    const scale = log(page).getByRole('group', { name: question });
    await scale.waitFor();
    expect(await scale.getByRole('button').count()).toBe(5);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'feedback-widget-csat-card-phone', { fullPage: false });

    await scale.getByRole('button', { name: '5: Very satisfied' }).click();
    await log(page).getByText('You answered 5 (1 to 5).').waitFor();
    await log(page).getByText('— Laura Lager').waitFor();
    await log(page)
      .getByText(/I read every answer myself/)
      .waitFor();
    const comment = log(page).getByRole('textbox', { name: /Anything you would like to add/ });
    expect(
      await comment.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement),
    ).toBe(true);
    await comment.fill('Laura sorted it in a minute. <b>Thanks!</b>');
    await log(page).getByRole('button', { name: 'Send' }).click();
    await log(page).getByText('Thank you, we have your words.').waitFor();
    await screenshot(page, 'feedback-widget-csat-answered-phone', { fullPage: false });

    // A reload shows where the survey stands, without asking again.
    await page.reload();
    await page.getByRole('button', { name: 'Help' }).click();
    await log(page).getByText('You answered 5 (1 to 5).').waitFor();
    expect(await log(page).getByRole('group', { name: question }).count()).toBe(0);

    // Laura sees the answer and the comment under Feedback; customer words stay text.
    await agent.page.getByRole('link', { name: 'Feedback' }).click();
    const row = agent.page.getByRole('list', { name: 'Responses' }).getByRole('listitem').first();
    await row.getByText('Laura sorted it in a minute. <b>Thanks!</b>').waitFor();
    expect(await row.textContent()).toMatch(/5\/5.*CSAT.*widget.*Thanked by Laura Lager/);
    expect(await seriousAxeFindings(agent.page)).toEqual([]);
    await screenshot(agent.page, 'feedback-console-desktop');
    expect(shop.errors).toEqual([]);
    expect(agent.errors).toEqual([]);
    await shop.context.close();
    await agent.context.close();
  });

  it('"Give feedback" is a short review: two stars in one tap, words after, and a follow-up the admin closes', async () => {
    const shop = await openPage(env.browser, phone, env.server.url + '/');
    const { page } = shop;
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('button', { name: /Give feedback/ }).click();
    const review = page.getByRole('region', { name: 'Give feedback' });
    await review.getByRole('heading', { name: 'How would you rate us?' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'feedback-widget-review-phone', { fullPage: false });
    await review.getByRole('button', { name: '2 stars' }).click();
    await review.getByText('You gave us 2 stars.').waitFor();
    await review.getByText('— Hanna Hopfield').waitFor();
    await review.getByText(/I will get in touch with you myself/).waitFor();
    await review
      .getByRole('textbox', { name: /Tell us about your experience/ })
      .fill('The starter kit manual skips the sanitising step.');
    await review.getByRole('button', { name: 'Send' }).click();
    await review.getByText('Thank you, we have your words.').waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'feedback-widget-review-thanks-phone', { fullPage: false });

    // Ada, an admin, on her phone: the follow-up is Hanna's (the owner), due in 48 hours.
    const admin = await openPage(env.browser, phone, env.server.url + '/console/');
    await signInToConsole(admin.page, ADA, { lands: 'Inbox' });
    await admin.page.getByRole('link', { name: 'Feedback' }).click();
    const followUps = admin.page.getByRole('list', { name: 'Open follow-ups' });
    const item = followUps.getByRole('listitem').filter({ hasText: 'sanitising' }).first();
    await item.waitFor();
    expect(await item.textContent()).toMatch(/Hanna Hopfield · Due .*Open/);
    expect(await hasNoHorizontalOverflow(admin.page)).toBe(true);
    await screenshot(admin.page, 'feedback-console-follow-up-phone', { fullPage: false });
    await item.getByLabel('Outcome').selectOption('recovered');
    await item.getByLabel('Note').fill('Called; sent the corrected manual and a sanitiser.');
    await item.getByRole('button', { name: 'Record outcome' }).click();
    await admin.page.getByText('Nothing to follow up. Well done.').waitFor();
    const answered = admin.page.getByRole('list', { name: 'Responses' });
    await answered.getByText('Recovered').first().waitFor();
    expect(shop.errors).toEqual([]);
    expect(admin.errors).toEqual([]);
    await shop.context.close();
    await admin.context.close();
  });

  it('the survey page from an email link answers with one tap on a phone, with or without JavaScript', async () => {
    const deps = { db: env.server.db, now: () => new Date(), sessionTtlMs: 3_600_000 };
    const workspaceId = env.server.demo!.workspace.id;
    const links: string[] = [];
    for (const id of ['nps-js', 'nps-nojs']) {
      const visitor = await openVisitorSession(deps, {
        workspaceKey: env.server.demo!.workspace.public_key,
        identity: { id, name: 'Sam Carter', email: `${id}@example.test` },
      });
      const offer = await offerSurvey(deps, {
        kind: 'nps',
        workspaceId,
        contactId: visitor.contact.id,
        touchpoint: 'relational',
        deliver: 'link',
      });
      if (offer.status === 'offered') links.push(env.server.url + offer.link);
    }
    expect(links).toHaveLength(2);

    // From the email's "8" link, with JavaScript: sent at once.
    const withJs = await openPage(env.browser, phone, `${links[0]}?score=8`);
    await withJs.page.getByRole('heading', { name: 'Thank you for your answer' }).waitFor();
    await withJs.page.getByText('You answered 8 on a scale of 0 to 10.').waitFor();
    await withJs.page.getByText(/Hanna Hopfield, Hopfield Homebrew/).waitFor();

    // Without JavaScript: the page, then a tap on a score.
    const context = await env.browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(links[1]!);
    await page
      .getByRole('heading', { name: /How likely are you to recommend Hopfield Homebrew/ })
      .waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    expect(await seriousAxeFindings(withJs.page)).toEqual([]);
    await screenshot(page, 'feedback-survey-page-phone');
    await page
      .getByRole('textbox', { name: /main reason for your score/ })
      .fill('Great malt, slow post.');
    await page.getByRole('button', { name: '9', exact: true }).click();
    await page.getByRole('heading', { name: 'Thank you for your answer' }).waitFor();
    expect(await page.getByRole('textbox', { name: /main reason/ }).inputValue()).toBe(
      'Great malt, slow post.',
    );
    await screenshot(page, 'feedback-survey-page-thanks-phone');
    expect(withJs.errors).toEqual([]);
    await withJs.context.close();
    await context.close();
  });
});
