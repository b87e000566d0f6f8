import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleCookie, openCustomer } from '../../test/chat-client.js';
import { connectAgent, openFrameSocket } from '../../test/frame-socket.js';
import { loadConfig } from '../config.js';
import { startServer, type RunningServer } from '../server.js';
import type { ServerFrame } from '../shared/realtime.js';
import { openTestDb } from '../../test/test-db.js';
import { PASSWORD, seedMember } from '../../test/seed.js';

let server: RunningServer;
let key: string;
let agentCookie: string;

beforeAll(async () => {
  const db = await openTestDb();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  server = await startServer(config, { assetsDir: 'dist', db, presenceGraceMs: 0 });
  key = server.demo!.workspace.public_key;
  const laura = await seedMember(
    { db, now: () => new Date(), sessionTtlMs: 1 },
    server.demo!.workspace.id,
    { role: 'agent' },
  );
  agentCookie = await consoleCookie(server.url, laura.email, PASSWORD);
});
afterAll(() => server.close());

const connect = (path: string, headers: Record<string, string> = {}) =>
  openFrameSocket(server.url.replace('http', 'ws') + path, headers);

const customerWithConversation = (body = 'Is Maris Otter crushed on request?') =>
  openCustomer(server.url, key, body);

const customerSocket = (token: string) => connect(`/realtime/widget?key=${key}&token=${token}`);
const agentSocket = () => connect('/realtime/console', { cookie: agentCookie });
const messages = (frames: ServerFrame[]) =>
  frames.flatMap((f) => (f.t === 'message' ? [f.message] : []));

describe('live conversations over WebSockets', () => {
  it('the agent sees the question, replies and notes privately; the customer gets the reply and never the note', async () => {
    const { token, conversationId } = await customerWithConversation();
    const customer = await customerSocket(token);
    const agent = await agentSocket();
    customer.send({ t: 'resume', conversationId, afterSeq: 0 });
    agent.send({ t: 'resume', conversationId, afterSeq: 0 });
    await agent.waitFor(
      (f) => f.t === 'message' && f.message.body === 'Is Maris Otter crushed on request?',
    );
    await customer.waitFor((f) => f.t === 'resumed');
    agent.send({
      t: 'send',
      conversationId,
      clientId: 'note-0001',
      body: 'VIP: ordered 40 kg last month',
      private: true,
    });
    agent.send({
      t: 'send',
      conversationId,
      clientId: 'reply-0001',
      body: 'Yes, free of charge. <script>alert(1)</script>',
    });
    await agent.waitFor((f) => f.t === 'ack' && f.clientId === 'reply-0001');
    const reply = await customer.waitFor(
      (f) => f.t === 'message' && f.message.clientId === 'reply-0001',
    );
    expect(reply.t === 'message' && reply.message.body).toBe(
      'Yes, free of charge. <script>alert(1)</script>',
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(JSON.stringify(customer.frames)).not.toContain('VIP: ordered');
    expect(messages(agent.frames).map((m) => m.clientId)).toContain('note-0001');
    customer.ws.close();
    agent.ws.close();
  });

  it('acks a send after commit, absorbs its resend, and delivers it once', async () => {
    const { token, conversationId } = await customerWithConversation();
    const customer = await customerSocket(token);
    const agent = await agentSocket();
    agent.send({ t: 'resume', conversationId, afterSeq: 0 });
    await agent.waitFor((f) => f.t === 'resumed');
    const frame = { t: 'send', conversationId, clientId: 'client-resend-1', body: 'Still there?' };
    customer.send(frame);
    const ack = await customer.waitFor((f) => f.t === 'ack');
    customer.send(frame);
    await customer.waitFor((f) => f.t === 'ack' && f.duplicate);
    expect(ack).toMatchObject({ t: 'ack', seq: 2, duplicate: false });
    const [stored] = await server.db.query<{ n: number }>(
      'select count(*)::int as n from messages where client_id = $1',
      ['client-resend-1'],
    );
    expect(stored!.n).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(messages(agent.frames).filter((m) => m.clientId === 'client-resend-1')).toHaveLength(1);
    customer.ws.close();
    agent.ws.close();
  });

  it('a customer who reconnects with the last sequence seen gets exactly what was missed, in order', async () => {
    const { token, conversationId } = await customerWithConversation();
    const agent = await agentSocket();
    agent.send({ t: 'resume', conversationId, afterSeq: 0 });
    await agent.waitFor((f) => f.t === 'resumed');
    for (let i = 1; i <= 5; i++)
      agent.send({ t: 'send', conversationId, clientId: `missed-${i}-xxxx`, body: `step ${i}` });
    await agent.waitFor((f) => f.t === 'ack' && f.clientId === 'missed-5-xxxx');
    const customer = await customerSocket(token);
    customer.send({ t: 'resume', conversationId, afterSeq: 3 });
    await customer.waitFor((f) => f.t === 'resumed');
    expect(messages(customer.frames).map((m) => m.seq)).toEqual([4, 5, 6]);
    customer.ws.close();
    agent.ws.close();
  });

  it('answers bad frames with clear errors and keeps serving', async () => {
    const { token, conversationId } = await customerWithConversation();
    const customer = await customerSocket(token);
    customer.send('{not json');
    await customer.waitFor((f) => f.t === 'error' && /JSON object/.test(f.message));
    customer.send({ t: 'explode' });
    await customer.waitFor(
      (f) => f.t === 'error' && f.code === 'invalid_input' && /Invalid frame/.test(f.message),
    );
    customer.send({ t: 'send', conversationId, clientId: 'too-long-01', body: 'x'.repeat(10_001) });
    const long = await customer.waitFor((f) => f.t === 'error' && f.clientId === 'too-long-01');
    expect(long.t === 'error' && long.message).toMatch(/at most 10000 characters/);
    customer.send({
      t: 'send',
      conversationId: randomUUID(),
      clientId: 'nowhere-01',
      body: 'hello?',
    });
    await customer.waitFor(
      (f) => f.t === 'error' && f.clientId === 'nowhere-01' && f.code === 'not_found',
    );
    customer.send({
      t: 'send',
      conversationId,
      clientId: 'private-01',
      body: 'sneaky',
      private: true,
    });
    await customer.waitFor(
      (f) => f.t === 'error' && f.clientId === 'private-01' && f.code === 'forbidden',
    );
    customer.send({ t: 'send', conversationId, clientId: 'after-all-01', body: 'still works' });
    await customer.waitFor((f) => f.t === 'ack' && f.clientId === 'after-all-01');
    customer.ws.close();
  });

  it('closes a socket that sends an oversized frame, and floods are rate limited', async () => {
    const { token, conversationId } = await customerWithConversation();
    const big = await customerSocket(token);
    const closed = new Promise<number>((resolve) => big.ws.once('close', resolve));
    big.send('x'.repeat(70 * 1024));
    expect(await closed).toBe(1009);
    const flood = await customerSocket(token);
    for (let i = 0; i < 40; i++) {
      flood.send({ t: 'send', conversationId, clientId: `flood-${i}-xxxx`, body: `spam ${i}` });
    }
    // A refused send names its client id and when to retry, so nothing is silently lost.
    const refused = await flood.waitFor((f) => f.t === 'error' && f.code === 'rate_limited');
    expect(refused).toMatchObject({
      clientId: expect.stringMatching(/^flood-/),
      retryAfterSeconds: 1,
    });
    flood.ws.close();
    const fine = await customerSocket(token);
    fine.send({ t: 'resume', conversationId, afterSeq: 0 });
    await fine.waitFor((f) => f.t === 'resumed');
    fine.ws.close();
  });

  it('tells the customer when a team member comes online and when they leave', async () => {
    const { token } = await customerWithConversation('Anyone there?');
    const customer = await customerSocket(token);
    const first = await customer.waitFor((f) => f.t === 'presence');
    const before = first.t === 'presence' ? first.agentsOnline : -1;
    const agent = await connectAgent(server);
    await customer.waitFor((f) => f.t === 'presence' && f.agentsOnline === before + 1);
    const seen = customer.frames.length;
    agent.ws.close();
    await customer.waitFor((f) => f.t === 'presence' && f.agentsOnline === before, 5_000, seen);
    customer.ws.close();
  });

  it('refuses a socket without a valid visitor token or session', async () => {
    await expect(connect(`/realtime/widget?key=${key}&token=v_forged`)).rejects.toThrow(/401/);
    await expect(connect('/realtime/console')).rejects.toThrow(/401/);
  });
});
