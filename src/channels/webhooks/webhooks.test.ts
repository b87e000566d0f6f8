import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVisitorSession } from '../../core/contacts/open-visitor-session.js';
import { setConversationStatus } from '../../core/conversations/change-conversation.js';
import { startConversation } from '../../core/conversations/start-conversation.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
} from '../../core/webhooks/manage-webhooks.js';
import { enqueueDeliveries } from '../../db/queries/webhooks.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import { createWebhookDispatcher, RETRY_DELAYS_MS } from './dispatcher.js';

interface Received {
  signature: string;
  body: string;
}

let t: TestApp;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
let failNext = 0;
let clock = Date.now();

beforeAll(async () => {
  t = await createTestApp();
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end();
        return;
      }
      received.push({ signature: String(req.headers['x-parley-signature']), body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await t.close();
});

// The clock only moves forward: real time, plus whatever a test skipped ahead.
const dispatcher = () => {
  clock = Math.max(clock, Date.now() + 1000);
  return createWebhookDispatcher({
    db: t.db,
    log: pino({ level: 'silent' }),
    now: () => new Date(clock),
  });
};

async function workspaceWithEndpoint() {
  const ws = await seedWorkspace(t.core);
  const endpoint = await createWebhookEndpoint(t.core, {
    workspaceId: ws.id,
    url: receiverUrl,
    events: ['conversation.created', 'message.created', 'conversation.resolved'],
  });
  const visitor = await openVisitorSession(t.core, { workspaceKey: ws.public_key });
  return { ws, endpoint, contactId: visitor.contact.id };
}

const verify = (secret: string, r: Received) => {
  const [, t1, v1] = r.signature.match(/^t=(\d+),v1=([0-9a-f]+)$/) ?? [];
  return createHmac('sha256', secret).update(`${t1}.${r.body}`).digest('hex') === v1;
};

describe('webhooks', () => {
  it('sends signed conversation.created and message.created after the change commits', async () => {
    const { ws, endpoint, contactId } = await workspaceWithEndpoint();
    received.length = 0;
    const conversationId = randomUUID();
    await startConversation(t.core, {
      workspaceId: ws.id,
      contactId,
      conversationId,
      topic: 'complaint',
      clientId: randomUUID(),
      body: 'Hops arrived warm',
    });
    expect(await dispatcher().runOnce()).toBe(2);
    const events = received.map(
      (r) =>
        JSON.parse(r.body) as {
          event: string;
          data: Record<string, { id?: string; body?: string }>;
        },
    );
    expect(events.map((e) => e.event).sort()).toEqual(['conversation.created', 'message.created']);
    expect(events.find((e) => e.event === 'message.created')?.data.message?.body).toBe(
      'Hops arrived warm',
    );
    expect(received.every((r) => verify(endpoint.secret, r))).toBe(true);
    expect(verify('whsec_wrong', received[0]!)).toBe(false);
    expect(await dispatcher().runOnce()).toBe(0);
  });

  it('queues nothing for a change whose transaction rolled back', async () => {
    const { ws } = await workspaceWithEndpoint();
    await expect(
      t.db.transaction(async (tx) => {
        await enqueueDeliveries(tx, [
          { workspace_id: ws.id, event: 'conversation.created', payload: {} },
        ]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const rows = await t.db.query('select 1 from webhook_deliveries where workspace_id = $1', [
      ws.id,
    ]);
    expect(rows).toEqual([]);
  });

  it('retries a failed delivery with backoff and logs every attempt', async () => {
    const { ws, endpoint, contactId } = await workspaceWithEndpoint();
    const owner = await seedMember(t.core, ws.id, { role: 'owner' });
    const conversationId = randomUUID();
    await startConversation(t.core, {
      workspaceId: ws.id,
      contactId,
      conversationId,
      topic: 'question',
      clientId: randomUUID(),
      body: 'hello',
    });
    await dispatcher().runOnce();
    received.length = 0;
    await setConversationStatus(
      t.core,
      { workspaceId: ws.id, userId: owner.userId },
      { conversationId, status: 'resolved' },
    );
    failNext = 1;
    expect(await dispatcher().runOnce()).toBe(1);
    expect(received).toEqual([]);
    expect(await dispatcher().runOnce()).toBe(0); // not due yet
    clock += RETRY_DELAYS_MS[0]! + 1000;
    expect(await dispatcher().runOnce()).toBe(1);
    expect(JSON.parse(received[0]!.body).event).toBe('conversation.resolved');

    const admin = new ConsoleClient(t);
    await admin.logIn(owner.email, owner.password!);
    const log = (await (
      await admin.get(`/api/console/webhooks/${endpoint.id}/deliveries`)
    ).json()) as {
      deliveries: { event: string; status: string; attempts: number; lastStatus: number }[];
    };
    expect(log.deliveries[0]).toMatchObject({
      event: 'conversation.resolved',
      status: 'delivered',
      attempts: 2,
      lastStatus: 204,
    });
  });

  it('stops retrying the deliveries of an endpoint that was deleted, and says so in the log', async () => {
    const { ws, endpoint, contactId } = await workspaceWithEndpoint();
    failNext = 1;
    await startConversation(t.core, {
      workspaceId: ws.id,
      contactId,
      conversationId: randomUUID(),
      topic: 'question',
      clientId: randomUUID(),
      body: 'hello',
    });
    await dispatcher().runOnce(); // the first delivery fails and waits for a retry
    await deleteWebhookEndpoint(t.core, ws.id, endpoint.id);
    clock += RETRY_DELAYS_MS.at(-1)! + 1000;
    received.length = 0;
    expect(await dispatcher().runOnce()).toBe(0);
    expect(received).toEqual([]);
    const rows = await t.db.query<{ status: string; last_error: string | null }>(
      'select status, last_error from webhook_deliveries where endpoint_id = $1',
      [endpoint.id],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows)
      expect(r.status === 'delivered' || r.last_error === 'endpoint deleted').toBe(true);
  });

  it('lets only admins manage endpoints, and shows the secret only at creation', async () => {
    const ws = await seedWorkspace(t.core);
    const owner = await seedMember(t.core, ws.id, { role: 'owner' });
    const agent = await seedMember(t.core, ws.id, { role: 'agent' });
    const o = new ConsoleClient(t);
    const a = new ConsoleClient(t);
    await o.logIn(owner.email, owner.password!);
    await a.logIn(agent.email, agent.password!);
    const created = await o.post('/api/console/webhooks', {
      url: receiverUrl,
      events: ['message.created'],
    });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { secret: string }).secret).toMatch(/^whsec_/);
    expect(JSON.stringify(await (await o.get('/api/console/webhooks')).json())).not.toContain(
      'whsec_',
    );
    expect((await a.get('/api/console/webhooks')).status).toBe(403);
    const bad = await o.post('/api/console/webhooks', { url: 'ftp://x', events: [] });
    expect(bad.status).toBe(400);
  });
});
