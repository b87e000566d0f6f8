import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleCookie, openCustomer } from '../../test/chat-client.js';
import { connectAgent, openFrameSocket } from '../../test/frame-socket.js';
import { PASSWORD, seedMember } from '../../test/seed.js';
import { openTestDb } from '../../test/test-db.js';
import { loadConfig } from '../config.js';
import { startServer, type RunningServer } from '../server.js';
import type { ServerFrame } from '../shared/realtime.js';

let server: RunningServer;

beforeAll(async () => {
  const db = await openTestDb();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  server = await startServer(config, { assetsDir: 'dist', db, presenceGraceMs: 0 });
});
afterAll(() => server.close());

type Queue = Extract<ServerFrame, { t: 'queue' }>;
const key = () => server.demo!.workspace.public_key;

/** A customer who asked and is connected, with the latest queue frame they were sent. */
async function waitingCustomer(body: string) {
  const c = await openCustomer(server.url, key(), body);
  const socket = await openFrameSocket(server.url.replace('http', 'ws') + c.socketPath);
  socket.send({ t: 'resume', conversationId: c.conversationId, afterSeq: 0 });
  const latest = () =>
    socket.frames.filter((f): f is Queue => f.t === 'queue').at(-1) as Queue | undefined;
  const until = async (check: (q: Queue | undefined) => boolean) => {
    await expect.poll(() => check(latest()), { timeout: 5000 }).toBe(true);
  };
  return { ...c, socket, latest, until };
}

describe('the honest queue', () => {
  it('customers see their place in line, an estimate once someone is online, and move up when one is taken', async () => {
    const first = await waitingCustomer('First in line');
    await first.until((q) => q?.position === 1 && q.etaMinutes === null);
    const second = await waitingCustomer('Second in line');
    await second.until((q) => q?.position === 2 && q.etaMinutes === null);

    const laura = await seedMember(
      { db: server.db, now: () => new Date(), sessionTtlMs: 3_600_000 },
      server.demo!.workspace.id,
    );
    const cookie = await consoleCookie(server.url, laura.email, PASSWORD);
    const agent = await openFrameSocket(`${server.url.replace('http', 'ws')}/realtime/console`, {
      cookie,
    });
    // One agent with three free slots: both will be taken about now.
    await first.until((q) => q?.etaMinutes === 1);
    await second.until((q) => q?.etaMinutes === 1);

    const claimed = await fetch(
      `${server.url}/api/console/conversations/${first.conversationId}/claim`,
      {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': await csrf(cookie), 'content-type': 'application/json' },
        body: '{}',
      },
    );
    expect(claimed.status).toBe(200);
    await first.until((q) => q?.position === null);
    await second.until((q) => q?.position === 1);
    agent.ws.close();
    await second.until((q) => q?.etaMinutes === null);
    first.socket.ws.close();
    second.socket.ws.close();
  });

  it('"Talk to a person" takes a conversation from the bot to the queue, once', async () => {
    const customer = await waitingCustomer('Do you ship to Norway?');
    await server.db.query(
      `update conversations set owner = 'bot', queued_at = null where id = $1`,
      [customer.conversationId],
    );
    const agent = await connectAgent(server);
    const ask = () =>
      fetch(`${server.url}/api/widget/conversations/${customer.conversationId}/person`, {
        method: 'POST',
        headers: { 'x-parley-key': key(), authorization: `Visitor ${customer.token}` },
      });
    const res = await ask();
    expect(await res.json()).toEqual({ owner: 'people' });
    await customer.until((q) => typeof q?.position === 'number' && q.etaMinutes === 1);
    expect((await ask()).status).toBe(200);
    const stranger = await openCustomer(server.url, key(), 'Someone else');
    const refused = await fetch(
      `${server.url}/api/widget/conversations/${customer.conversationId}/person`,
      {
        method: 'POST',
        headers: { 'x-parley-key': key(), authorization: `Visitor ${stranger.token}` },
      },
    );
    expect(refused.status).toBe(404);
    agent.ws.close();
    customer.socket.ws.close();
  });
});

describe('who has the conversation', () => {
  type Agent = Extract<ServerFrame, { t: 'agent' }>;

  it('a customer hears who took their conversation and whether that person is online, live and on rejoin', async () => {
    const customer = await waitingCustomer('Who will answer me?');
    const core = { db: server.db, now: () => new Date(), sessionTtlMs: 3_600_000 };
    const laura = await seedMember(core, server.demo!.workspace.id);
    const [{ name }] = (await server.db.query<{ name: string }>(
      'select name from users where id = $1',
      [laura.userId],
    )) as [{ name: string }];
    const cookie = await consoleCookie(server.url, laura.email, PASSWORD);
    const consoleUrl = `${server.url.replace('http', 'ws')}/realtime/console`;
    const first = await openFrameSocket(consoleUrl, { cookie });
    const told = () => customer.socket.frames.filter((f): f is Agent => f.t === 'agent').at(-1);
    const post = async (path: string, body: unknown) =>
      fetch(`${server.url}/api/console/conversations/${customer.conversationId}/${path}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': await csrf(cookie), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const conversationId = customer.conversationId;

    expect((await post('claim', {})).status).toBe(200);
    await expect.poll(told).toEqual({ t: 'agent', conversationId, name, online: true });
    // Her last console closes (no grace period here): she is away, and still has it.
    first.ws.close();
    await expect.poll(told).toEqual({ t: 'agent', conversationId, name, online: false });
    const second = await openFrameSocket(consoleUrl, { cookie });
    await expect.poll(told).toEqual({ t: 'agent', conversationId, name, online: true });
    const toldSoFar = customer.socket.frames.filter((f) => f.t === 'agent').length;

    // Another tab of the customer joins: it is told at once, though nothing changed.
    const tab = await openFrameSocket(server.url.replace('http', 'ws') + customer.socketPath);
    tab.send({ t: 'resume', conversationId, afterSeq: 0 });
    await tab.waitFor((f) => f.t === 'agent' && f.name === name && f.online);

    // Back to the line: nobody in particular has it.
    expect((await post('assign', { assigneeId: null })).status).toBe(200);
    await expect.poll(told).toEqual({ t: 'agent', conversationId, name: null, online: false });
    // Nothing was said twice in between but the rejoin's repeat.
    const said = customer.socket.frames.filter((f) => f.t === 'agent');
    expect(said.length).toBeLessThanOrEqual(toldSoFar + 2);
    for (const socket of [second, tab, customer.socket]) socket.ws.close();
  });
});

async function csrf(cookie: string): Promise<string> {
  const res = await fetch(`${server.url}/api/console/auth/session`, { headers: { cookie } });
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}
