import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleCookie, openCustomer } from '../../test/chat-client.js';
import { openFrameSocket } from '../../test/frame-socket.js';
import { loadConfig } from '../config.js';
import { openPostgres } from '../db/postgres-adapter.js';
import { startServer, type RunningServer } from '../server.js';
import { openTestDb } from '../../test/test-db.js';
import { PASSWORD, seedMember } from '../../test/seed.js';

// Two Parley processes' worth of server on one PostgreSQL schema, sharing events over Redis.
let nodeA: RunningServer;
let nodeB: RunningServer;

beforeAll(async () => {
  const redis = process.env.TEST_REDIS_URL;
  const url = process.env.TEST_DATABASE_URL;
  if (!redis || !url)
    throw new Error('The services tests need TEST_DATABASE_URL and TEST_REDIS_URL.');
  const dbA = (await openTestDb('postgres')) as Awaited<ReturnType<typeof openTestDb>> & {
    schema: string;
  };
  const dbB = await openPostgres(url, { schema: dbA.schema });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', REDIS_URL: redis });
  const log = pino({ level: 'silent' });
  nodeA = await startServer(config, { assetsDir: 'dist', db: dbA, log });
  nodeB = await startServer(config, { assetsDir: 'dist', db: dbB, log });
});
afterAll(async () => {
  await nodeB?.close();
  await nodeA?.close();
});

const socket = openFrameSocket;

describe('two nodes over Redis', () => {
  it('a customer on node A and an agent on node B converse, presence and typing included', async () => {
    const workspace = nodeA.demo!.workspace;
    const laura = await seedMember(
      { db: nodeA.db, now: () => new Date(), sessionTtlMs: 1 },
      workspace.id,
    );
    const cookie = await consoleCookie(nodeB.url, laura.email, PASSWORD);
    const { conversationId, socketPath } = await openCustomer(
      nodeA.url,
      workspace.public_key,
      'Hello from node A',
    );
    const customer = await socket(`${nodeA.url.replace('http', 'ws')}${socketPath}`);
    const agent = await socket(`${nodeB.url.replace('http', 'ws')}/realtime/console`, { cookie });
    customer.send({ t: 'resume', conversationId, afterSeq: 0 });
    agent.send({ t: 'resume', conversationId, afterSeq: 0 });
    await agent.waitFor((f) => f.t === 'message' && f.message.body === 'Hello from node A');
    await customer.waitFor((f) => f.t === 'resumed');
    // Laura's console is on node B; the customer on node A learns someone is there to answer.
    await customer.waitFor((f) => f.t === 'presence' && f.agentsOnline >= 1);
    // Laura takes it on node B; the customer on node A hears it is her, and that she is online.
    const session = await fetch(`${nodeB.url}/api/console/auth/session`, { headers: { cookie } });
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const claimed = await fetch(`${nodeB.url}/api/console/conversations/${conversationId}/claim`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(claimed.status).toBe(200);
    await customer.waitFor((f) => f.t === 'agent' && f.name !== null && f.online);
    agent.send({ t: 'typing', conversationId, on: true });
    await customer.waitFor((f) => f.t === 'typing' && f.who === 'agent' && f.on);
    agent.send({ t: 'send', conversationId, clientId: 'from-node-b-1', body: 'Hello from node B' });
    agent.send({
      t: 'send',
      conversationId,
      clientId: 'note-node-b-1',
      body: 'internal only',
      private: true,
    });
    await customer.waitFor((f) => f.t === 'message' && f.message.body === 'Hello from node B');
    customer.send({ t: 'send', conversationId, clientId: 'from-node-a-2', body: 'Thanks!' });
    await agent.waitFor((f) => f.t === 'message' && f.message.body === 'Thanks!');
    await new Promise((r) => setTimeout(r, 150));
    expect(JSON.stringify(customer.frames)).not.toContain('internal only');
    const bodies = customer.frames.flatMap((f) => (f.t === 'message' ? [f.message.body] : []));
    expect(bodies).toEqual(['Hello from node A', 'Hello from node B', 'Thanks!']);
    customer.ws.close();
    agent.ws.close();
  });
});
