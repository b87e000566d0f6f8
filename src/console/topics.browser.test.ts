import { describe, expect, it } from 'vitest';
import { submitReview } from '../core/surveys/submit-review.js';
import { addMember } from '../core/users/add-member.js';
import { insertContact } from '../db/queries/contacts.js';
import { PASSWORD } from '../../test/seed.js';
import {
  desktop,
  hasNoHorizontalOverflow,
  openPage,
  phone,
  screenshot,
  signInToConsole,
  useParleyAndChromium,
} from '../../test/browser.js';

const env = useParleyAndChromium();
const OWNER = 'otto.outerloop@hopfield.example';
const COMPLAINT = 'My delivery is late again and nobody tells me anything';

const REVIEWS: [number, string][] = [
  [1, 'The delivery was two weeks late, awful'],
  [2, 'Late delivery and the box was crushed'],
  [2, 'Delivery took forever, very annoying'],
  [3, 'Delivery was slow but the malt is fine'],
  [1, 'Refund still missing after a month, terrible'],
  [2, 'Where is my refund?'],
  [2, 'Refund took three weeks'],
  [5, 'Lovely hops, great packaging'],
  [4, 'Packaging was tidy and clean'],
  [4, 'Nice packaging, thank you'],
];

/** Customers who left reviews through the widget, straight into the demo workspace. */
async function seedFeedback() {
  const deps = { db: env.server.db, now: () => new Date(), sessionTtlMs: 3_600_000 };
  const workspaceId = env.server.demo!.workspace.id;
  await addMember(deps, {
    workspaceId,
    email: OWNER,
    name: 'Otto Owner',
    role: 'owner',
    password: PASSWORD,
  });
  for (const [i, [stars, comment]] of REVIEWS.entries()) {
    const contact = await insertContact(env.server.db, {
      id: crypto.randomUUID(),
      workspace_id: workspaceId,
      external_id: null,
      name: `Reviewer ${i + 1}`,
      email: null,
      verified: false,
    });
    await submitReview(deps, { workspaceId, contactId: contact.id }, { stars, comment });
  }
}

describe('topics and the outer loop in the console', () => {
  it('an owner reads topics, ships an improvement, and the customer who raised it hears in the widget', async () => {
    await seedFeedback();
    const customer = await openPage(env.browser, phone, env.server.url + '/');
    await customer.page.getByRole('button', { name: 'Help' }).click();
    await customer.page.getByRole('button', { name: /Ask a question/ }).click();
    await customer.page.getByRole('textbox', { name: 'Message' }).fill(COMPLAINT);
    await customer.page.getByRole('button', { name: 'Send' }).click();
    const log = customer.page.getByRole('log', { name: 'Messages' });
    await log.getByText(COMPLAINT).waitFor();

    const owner = await openPage(env.browser, desktop, `${env.server.url}/console/feedback`);
    await signInToConsole(owner.page, OWNER, { lands: 'Feedback' });
    await owner.page.getByRole('link', { name: 'Open topics' }).click();
    await owner.page.getByRole('heading', { name: 'Topics', exact: true }).waitFor();
    const topics = owner.page.getByRole('list', { name: 'Topics' });
    // The indexer runs every 2 s; reload until the customer's message has been read too.
    await expect
      .poll(
        async () => {
          await owner.page.reload();
          return topics.getByRole('img', { name: /^Delivery: 5 texts/ }).count();
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBe(1);
    await topics.getByRole('button', { name: /^Refund/ }).waitFor();
    await owner.page.getByRole('radio', { name: 'Most negative' }).check();
    expect(await topics.locator('.topic-open .strong').first().textContent()).toBe('Delivery');
    await topics.getByRole('button', { name: /^Delivery/ }).click();
    await owner.page
      .getByRole('list', { name: 'Latest texts about Delivery' })
      .getByText(COMPLAINT)
      .waitFor();
    const keyword = owner.page.getByRole('form', { name: 'New keyword for Delivery' });
    await keyword.getByLabel('Keyword').fill('courier');
    await keyword.getByRole('button', { name: 'Add keyword' }).click();
    await owner.page.getByRole('button', { name: 'Remove keyword courier' }).waitFor();
    await screenshot(owner.page, 'topics-desktop');
    expect(owner.errors).toEqual([]);

    await owner.page.getByRole('button', { name: 'Make an improvement' }).click();
    await owner.page.getByRole('heading', { name: 'Improvements', exact: true }).waitFor();
    const form = owner.page.getByRole('form', {
      name: /^Edit Fix what customers say about delivery/,
    });
    await form.getByLabel('Title').fill('Second courier for the north');
    await form
      .getByLabel('Root cause')
      .fill('One courier for the whole country, overloaded since March.');
    await form
      .getByLabel('What customers are told when it ships')
      .fill('Orders now leave with a second courier, two days sooner.');
    await form.getByLabel('Owner').selectOption({ label: 'Otto Owner' });
    await form.getByLabel('Status').selectOption('shipped');
    await form.getByRole('button', { name: 'Save' }).click();
    await owner.page.getByText(/^Shipped\. 4 told now\./).waitFor();
    await owner.page
      .getByText(
        '4 customers raised it. 4 told: 1 in the widget, 0 by email, 3 could not be reached.',
      )
      .waitFor();
    await owner.page.getByText(/^Before shipping \(28 days\): 5 texts, \d negative/).waitFor();
    await screenshot(owner.page, 'improvement-shipped-desktop');
    expect(owner.errors).toEqual([]);

    await log
      .getByText(
        /^Hello, you told us about delivery, and we listened\. Orders now leave with a second courier/,
      )
      .waitFor();
    await screenshot(customer.page, 'improvement-shipped-widget-phone', { fullPage: false });
    expect(customer.errors).toEqual([]);

    const small = await openPage(env.browser, phone, `${env.server.url}/console/settings/topics`);
    await signInToConsole(small.page, OWNER, { lands: 'Topics' });
    await small.page
      .getByRole('list', { name: 'Topics' })
      .getByRole('button', { name: /^Delivery/ })
      .click();
    await small.page.getByRole('link', { name: 'See its improvement' }).waitFor();
    expect(await hasNoHorizontalOverflow(small.page)).toBe(true);
    await screenshot(small.page, 'topics-phone');
    await small.page.goto(`${env.server.url}/console/settings/improvements`);
    await small.page.getByRole('button', { name: /^Second courier for the north/ }).click();
    await small.page.getByText(/^4 customers raised it/).waitFor();
    expect(await hasNoHorizontalOverflow(small.page)).toBe(true);
    await screenshot(small.page, 'improvement-shipped-phone');
    expect(small.errors).toEqual([]);
  });
});
