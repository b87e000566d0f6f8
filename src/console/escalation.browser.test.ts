import { createHmac, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../test/seed.js';
import {
  desktop,
  openPage,
  phone,
  screenshot,
  signInToConsole,
  useParleyAndChromium,
} from '../../test/browser.js';
import { createMessageWriter } from '../core/conversations/message-writer.js';
import { sweepOverdue } from '../core/escalation/sweep-overdue.js';
import { importArticles } from '../core/kb/import-articles.js';
import { addMember } from '../core/users/add-member.js';

const env = useParleyAndChromium();
const AGENT = 'ines.escalation@hopfield.example';

beforeAll(async () => {
  const deps = { db: env.server.db, now: () => new Date(), sessionTtlMs: 0 };
  const workspaceId = env.server.demo!.workspace.id;
  await addMember(deps, {
    workspaceId,
    email: AGENT,
    name: 'Ines Escalation',
    role: 'agent',
    password: PASSWORD,
  });
  const translation = {
    id: 'pt/envio',
    title: 'Prazos e custos de envio',
    content: 'O envio custa 4,90 euros na Alemanha. As encomendas chegam em dois dias úteis.',
    locale: 'pt',
  };
  await importArticles(deps, {
    workspaceId,
    source: { kind: 'jsonl', text: JSON.stringify(translation) },
    editor: { userId: null, label: 'translations' },
  });
});

const key = () => env.server.demo!.workspace.public_key;

/** A customer of the demo shop starts a conversation through the widget's API. */
async function customerAsks(body: string, topic: 'question' | 'complaint', identity?: object) {
  const post = (path: string, payload: object, token?: string) =>
    fetch(`${env.server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-parley-key': key(),
        ...(token ? { authorization: `Visitor ${token}` } : {}),
      },
      body: JSON.stringify(payload),
    });
  const session = (await (
    await post('/api/widget/session', { workspace: key(), ...(identity ? { identity } : {}) })
  ).json()) as { visitorToken: string };
  const conversationId = randomUUID();
  const started = { conversationId, topic, clientId: randomUUID(), body };
  expect((await post('/api/widget/conversations', started, session.visitorToken)).status).toBe(201);
  return conversationId;
}

const ownerOf = async (id: string) =>
  (
    await env.server.db.query<{ owner: string }>('select owner from conversations where id = $1', [
      id,
    ])
  )[0]!.owner;

// The supervisor test runs first, while no agent is online to take the conversation.
describe('the escalation ladder in the console and the widget', () => {
  it('a conversation that waited past the queue’s budget is flagged for a supervisor in the inbox', async () => {
    const conversationId = await customerAsks('My kettle arrived dented.', 'complaint');
    const db = env.server.db;
    const inAnHour = () => new Date(Date.now() + 60 * 60_000);
    const clock = { db, now: inAnHour, sessionTtlMs: 0, writer: createMessageWriter(db) };
    const moves = await sweepOverdue({ ...clock, publish: () => {} });
    expect(moves).toContainEqual(expect.objectContaining({ conversationId, to: 'supervisor' }));
    const { page, errors, context } = await openPage(
      env.browser,
      phone,
      env.server.url + '/console',
    );
    await signInToConsole(page, AGENT, { lands: null });
    const views = page.getByRole('group', { name: 'Inbox views' });
    await views.getByRole('button', { name: /All open/ }).click();
    const row = page.locator(`.conv-row[data-id="${conversationId}"]`);
    // Flagged even once the router hands it to the agent who just came online.
    await row.getByText('Supervisor', { exact: true }).waitFor();
    await screenshot(page, 'inbox-supervisor-phone', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an agent marks a verified customer VIP, and their conversation leaves the assistant for the team', async () => {
    const secret = env.server.demo!.workspace.identity_secret;
    const id = 'customer-vera';
    const hash = createHmac('sha256', secret).update(id).digest('hex');
    const conversationId = await customerAsks('How should I store yeast?', 'question', {
      id,
      name: 'Vera Vip',
      hash,
    });
    expect(await ownerOf(conversationId)).toBe('bot');
    const url = `${env.server.url}/console/conversations/${conversationId}`;
    const { page, errors, context } = await openPage(env.browser, desktop, url);
    await signInToConsole(page, AGENT, { lands: null });
    await page.locator('.contact-panel summary').click();
    // The box follows the server's answer, so click and wait for the badge rather than check().
    await page.getByRole('checkbox', { name: 'VIP customer' }).click();
    await page.locator('.contact-panel summary .badge.vip').waitFor();
    // People now: the team queue, or an agent the router gave it to at once.
    await expect.poll(() => ownerOf(conversationId)).not.toBe('bot');
    await screenshot(page, 'contact-vip-desktop', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the widget searches the help articles in the visitor’s browser language', async () => {
    const portuguese = { ...phone, locale: 'pt-BR' };
    const { page, errors, context } = await openPage(env.browser, portuguese, env.server.url + '/');
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('searchbox', { name: 'Search our help articles' }).fill('envio');
    await page.getByRole('link', { name: 'Prazos e custos de envio' }).waitFor();
    await screenshot(page, 'widget-search-pt-br', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
