import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCustomer } from '../../../test/chat-client.js';
import { connectAgent, openFrameSocket } from '../../../test/frame-socket.js';
import { openTestDb } from '../../../test/test-db.js';
import { loadConfig } from '../../config.js';
import { insertBotMessage } from '../../db/queries/bot.js';
import { startServer, type RunningServer } from '../../server.js';
import type { ServerFrame, WireMessage } from '../../shared/realtime.js';

let server: RunningServer;

beforeAll(async () => {
  const db = await openTestDb();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  server = await startServer(config, { assetsDir: 'dist', db, presenceGraceMs: 0 });
});
afterAll(() => server.close());

const key = () => server.demo!.workspace.public_key;

/** A customer of the demo shop (which has help articles) who asks through the widget. */
async function asks(question: string) {
  const c = await openCustomer(server.url, key(), question, 'question');
  const socket = await openFrameSocket(server.url.replace('http', 'ws') + c.socketPath);
  socket.send({ t: 'resume', conversationId: c.conversationId, afterSeq: 0 });
  const botMessages = () =>
    socket.frames.flatMap((f) =>
      f.t === 'message' && f.message.authorType === 'bot' ? [f.message] : [],
    );
  const nextBot = async (count: number): Promise<WireMessage> => {
    await expect
      .poll(() => botMessages().length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(count);
    return botMessages()[count - 1]!;
  };
  const rate = (seq: number, helpful: boolean) =>
    fetch(`${server.url}/api/widget/conversations/${c.conversationId}/answers/${seq}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-parley-key': key(),
        authorization: `Visitor ${c.token}`,
      },
      body: JSON.stringify({ helpful }),
    });
  const owner = async () =>
    (
      await server.db.query<{ owner: string }>('select owner from conversations where id = $1', [
        c.conversationId,
      ])
    )[0]!.owner;
  return { ...c, socket, botMessages, nextBot, rate, owner };
}

const queued = (frames: ServerFrame[]) =>
  frames.some((f) => f.t === 'queue' && typeof f.position === 'number');

describe('the virtual agent', () => {
  it('answers a store question from the help articles, citing the article in the help center', async () => {
    const customer = await asks('How much does shipping cost?');
    const answer = await customer.nextBot(1);
    expect(answer.meta).toMatchObject({ kind: 'bot_answer', declined: false });
    expect(answer.body.length).toBeGreaterThan(20);
    const cited = answer.meta!.citations!;
    expect(cited[0]!.title).toBe('Shipping times and costs');
    expect(cited[0]!.url).toBe(`/help/${key()}/articles/shipping-times-and-costs`);
    expect(await customer.owner()).toBe('bot');
    expect((await customer.rate(answer.seq, true)).status).toBe(200);
    const glad = await customer.nextBot(2);
    expect(glad.body).toMatch(/Glad that helped/);
    customer.socket.ws.close();
  });

  it('declines what the articles do not cover and hands the customer to the queue', async () => {
    const customer = await asks('What is the capital of Peru?');
    const reply = await customer.nextBot(1);
    expect(reply.meta).toMatchObject({ kind: 'bot_answer', declined: true, citations: [] });
    expect(reply.body).toMatch(/rather not guess/);
    await expect.poll(() => customer.owner()).toBe('queue');
    await expect.poll(() => queued(customer.socket.frames)).toBe(true);
    customer.socket.ws.close();
  });

  it('two unhelpful answers hand over; the bot never speaks once a person owns the conversation', async () => {
    const customer = await asks('How should I store yeast?');
    const first = await customer.nextBot(1);
    expect(first.meta!.declined).toBe(false);
    await customer.rate(first.seq, false);
    await customer.nextBot(2); // "Sorry that did not help…"
    customer.socket.send({
      t: 'send',
      conversationId: customer.conversationId,
      clientId: 'again-000001',
      body: 'How do I keep yeast fresh in the fridge?',
    });
    const second = await customer.nextBot(3);
    const rated = await customer.rate(second.seq, false);
    expect(await rated.json()).toEqual({ handedOver: true });
    expect(await customer.owner()).toBe('queue');

    const agent = await connectAgent(server);
    customer.socket.send({
      t: 'send',
      conversationId: customer.conversationId,
      clientId: 'after-handover-1',
      body: 'Hello? Is this a person now?',
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(customer.botMessages()).toHaveLength(3);
    const silenced = await insertBotMessage(server.db, {
      workspaceId: server.demo!.workspace.id,
      conversationId: customer.conversationId,
      clientId: 'bot-late-000001',
      body: 'I should not be here',
      meta: { kind: 'bot_note' },
    });
    expect(silenced).toBeUndefined();
    agent.ws.close();
    customer.socket.ws.close();
  });

  it('the public answers API links citations to the help center when an article has no address of its own', async () => {
    const res = await fetch(`${server.url}/api/v1/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'How much does shipping cost?', workspace: key() }),
    });
    const answer = (await res.json()) as { citations: { title: string; url: string }[] };
    expect(answer.citations[0]).toMatchObject({
      title: 'Shipping times and costs',
      url: `${new URL(server.url).origin}/help/${key()}/articles/shipping-times-and-costs`,
    });
  });

  it('tells the widget whether an assistant answers first, and refuses an unknown workspace', async () => {
    const settings = (key: string) =>
      fetch(`${server.url}/api/widget/settings`, { headers: { 'x-parley-key': key } });
    expect(await (await settings(key())).json()).toEqual({
      assistant: true,
      personFromStart: false,
    });
    expect((await settings('pk_nobody')).status).toBe(404);
  });

  it('a customer who types that they want a person is handed over without a guess', async () => {
    const customer = await asks('Can I talk to a human please?');
    const note = await customer.nextBot(1);
    expect(note.meta).toEqual({ kind: 'bot_note' });
    expect(note.body).toMatch(/passing you to the team/);
    await expect.poll(() => customer.owner()).toBe('queue');
    customer.socket.ws.close();
  });

  it("refuses a rating for an answer that does not exist or someone else's conversation", async () => {
    const customer = await asks('Can I change my order after paying?');
    const answer = await customer.nextBot(1);
    const stranger = await openCustomer(server.url, key(), 'Hi', 'complaint');
    const res = await fetch(
      `${server.url}/api/widget/conversations/${customer.conversationId}/answers/${answer.seq}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-parley-key': key(),
          authorization: `Visitor ${stranger.token}`,
        },
        body: JSON.stringify({ helpful: true }),
      },
    );
    expect(res.status).toBe(404);
    expect((await customer.rate(999, true)).status).toBe(404);
    expect((await customer.rate(answer.seq, 'yes' as unknown as boolean)).status).toBe(400);
    customer.socket.ws.close();
  });
});
