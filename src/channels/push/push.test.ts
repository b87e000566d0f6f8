import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { openCustomer } from '../../../test/chat-client.js';
import { startPushService } from '../../../test/push-service.js';
import { PASSWORD, seedMember } from '../../../test/seed.js';
import { ConsoleClient, type TestApp } from '../../../test/test-app.js';
import { openTestDb } from '../../../test/test-db.js';
import { loadConfig } from '../../config.js';
import { startServer, type RunningServer } from '../../server.js';
import type { PushPayload } from '../../shared/schemas/push.js';

let server: RunningServer;
let pushService: Awaited<ReturnType<typeof startPushService>>;

beforeAll(async () => {
  const db = await openTestDb();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  server = await startServer(config, { assetsDir: 'dist', db, presenceGraceMs: 0 });
  pushService = await startPushService();
});
afterAll(async () => {
  await server?.close();
  await pushService?.close();
});

/** A member signed in to the console over real HTTP, with a phone subscribed to Web Push. */
async function memberWithPhone(role: 'agent' | 'champion' = 'agent') {
  const member = await seedMember(
    { db: server.db, now: () => new Date(), sessionTtlMs: 3_600_000 },
    server.demo!.workspace.id,
    { role },
  );
  const app = { fetch: (p: string, init?: RequestInit) => fetch(`${server.url}${p}`, init) };
  const client = new ConsoleClient(app as TestApp);
  await client.logIn(member.email, PASSWORD);
  const status = (await (await client.get('/api/console/push')).json()) as { publicKey: string };
  const phone = await pushService.subscribe(status.publicKey);
  const res = await client.post('/api/console/push/subscriptions', {
    endpoint: phone.endpoint,
    keys: phone.keys,
  });
  expect(res.status).toBe(204);
  return { member, client, phone };
}

const pushes = async (clientHash: string) =>
  (await pushService.received(clientHash)).map((m) => JSON.parse(m) as PushPayload);

/** Polls the push service until the phone has received a push for the conversation. */
async function pushFor(clientHash: string, conversationId: string): Promise<PushPayload> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const found = (await pushes(clientHash)).find((p) => p.tag === conversationId);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no push for ${conversationId}`);
}

const key = () => server.demo!.workspace.public_key;

describe('Web Push to the team', () => {
  it('a customer message reaches a closed console as a signed, encrypted push', async () => {
    const { phone } = await memberWithPhone();
    const { conversationId } = await openCustomer(server.url, key(), 'My starter died <b>');
    expect(await pushFor(phone.clientHash, conversationId)).toEqual({
      title: expect.stringContaining('wrote'),
      body: 'My starter died <b>',
      url: `/console/conversations/${conversationId}`,
      tag: conversationId,
    });
  });

  it('does not push to someone whose console is open, nor to champions', async () => {
    const busy = await memberWithPhone();
    const champion = await memberWithPhone('champion');
    const away = await memberWithPhone();
    const console = new WebSocket(`${server.url.replace('http', 'ws')}/realtime/console`, {
      headers: { cookie: busy.client.cookie },
    });
    await new Promise((r) => console.once('open', r));
    const { conversationId } = await openCustomer(server.url, key(), 'Anyone awake?');
    // Everyone in the round is sent to at once: once the away agent has it, the round is done.
    await pushFor(away.phone.clientHash, conversationId);
    await new Promise((r) => setTimeout(r, 200));
    expect((await pushes(busy.phone.clientHash)).map((p) => p.tag)).not.toContain(conversationId);
    expect(await pushes(champion.phone.clientHash)).toEqual([]);
    console.close();
  });

  it('forgets a subscription the push service says is gone', async () => {
    const { member, phone } = await memberWithPhone();
    await pushService.expire(phone.clientHash);
    await openCustomer(server.url, key(), 'Is the shop open on Sunday?');
    const remaining = async () =>
      (
        await server.db.query<{ n: number }>(
          'select count(*)::int as n from push_subscriptions where user_id = $1',
          [member.userId],
        )
      )[0]!.n;
    for (let waited = 0; waited < 10_000 && (await remaining()) > 0; waited += 50)
      await new Promise((r) => setTimeout(r, 50));
    expect(await remaining()).toBe(0);
  });

  it('refuses subscriptions that are not a push service, and strangers', async () => {
    const { client, phone } = await memberWithPhone();
    const bad = [
      { endpoint: 'http://internal.example/hook', keys: phone.keys },
      { endpoint: 'javascript:alert(1)', keys: phone.keys },
      { endpoint: phone.endpoint, keys: { p256dh: 'short', auth: phone.keys.auth } },
      { endpoint: phone.endpoint },
    ];
    for (const body of bad) {
      const res = await client.post('/api/console/push/subscriptions', body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
    }
    const anonymous = await fetch(`${server.url}/api/console/push`);
    expect(anonymous.status).toBe(401);
    const gone = await client.send('DELETE', '/api/console/push/subscriptions', {
      endpoint: phone.endpoint,
    });
    expect(gone.status).toBe(204);
    const status = (await (await client.get('/api/console/push')).json()) as {
      subscriptions: number;
    };
    expect(status.subscriptions).toBe(0);
  });
});
