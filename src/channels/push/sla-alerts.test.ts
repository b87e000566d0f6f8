import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPushService } from '../../../test/push-service.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { openTestDb } from '../../../test/test-db.js';
import { openVisitorSession } from '../../core/contacts/open-visitor-session.js';
import { vapidKeys } from '../../core/push/vapid-keys.js';
import type { SlaAlert } from '../../core/slas/sweep-slas.js';
import type { Db } from '../../db/db.js';
import { insertConversation } from '../../db/queries/conversations.js';
import { upsertPushSubscription } from '../../db/queries/push.js';
import type { Role } from '../../db/queries/users.js';
import type { PushPayload } from '../../shared/schemas/push.js';
import { createPushNotifier } from './push-notifier.js';
import { createSlaAlerts } from './sla-alerts.js';

let db: Db;
let pushService: Awaited<ReturnType<typeof startPushService>>;

beforeAll(async () => {
  db = await openTestDb();
  pushService = await startPushService();
});
afterAll(async () => {
  await pushService.close();
  await db.close();
});

async function setUp() {
  const core = { db, now: () => new Date(), sessionTtlMs: 0 };
  const ws = await seedWorkspace(core);
  const { publicKey } = await vapidKeys(core);
  const phoneOf = async (role: Role) => {
    const { userId } = await seedMember(core, ws.id, { role });
    const phone = await pushService.subscribe(publicKey);
    await upsertPushSubscription(db, {
      id: randomUUID(),
      workspace_id: ws.id,
      user_id: userId,
      endpoint: phone.endpoint,
      p256dh: phone.keys.p256dh,
      auth: phone.keys.auth,
      user_agent: null,
    });
    return { userId, clientHash: phone.clientHash };
  };
  const owner = await phoneOf('owner');
  const agent = await phoneOf('agent');
  const other = await phoneOf('agent');
  const { contact } = await openVisitorSession(core, { workspaceKey: ws.public_key });
  const conversationId = randomUUID();
  await insertConversation(db, {
    id: conversationId,
    workspace_id: ws.id,
    contact_id: contact.id,
    topic: 'question',
    subject: 'Where is my grain mill?',
  });
  const log = pino({ level: 'silent' });
  const push = createPushNotifier({ db, log, isOnline: () => false, subject: 'mailto:ops@x.test' });
  const alerts = createSlaAlerts({ db, log, push, isOnline: () => false });
  const alert: SlaAlert = {
    kind: 'warning',
    workspaceId: ws.id,
    conversationId,
    metric: 'first_response',
    dueAt: new Date(),
    minutesLeft: 12,
  };
  const received = async (clientHash: string) =>
    (await pushService.received(clientHash)).map((m) => JSON.parse(m) as PushPayload);
  return { ws, owner, agent, other, conversationId, push, alerts, alert, received };
}

describe('pushing SLA warnings and breaches', () => {
  it('an unassigned conversation’s warning goes to the supervisors’ phones, not the agents’', async () => {
    const s = await setUp();
    s.alerts.consider(s.alert);
    await expect.poll(async () => (await s.received(s.owner.clientHash)).length).toBe(1);
    await s.push.drain();
    expect((await s.received(s.owner.clientHash))[0]).toEqual({
      title: 'SLA due soon: A customer',
      body: 'The first response is due in 12 min: Where is my grain mill?',
      url: `/console/conversations/${s.conversationId}`,
      tag: s.conversationId,
    });
    expect(await s.received(s.agent.clientHash)).toEqual([]);
  });

  it('an assigned conversation’s breach goes to its assignee only', async () => {
    const s = await setUp();
    await db.query(
      `update conversations set owner = 'agent', assignee_id = $3 where workspace_id = $1 and id = $2`,
      [s.ws.id, s.conversationId, s.agent.userId],
    );
    s.alerts.consider({ ...s.alert, kind: 'breached', minutesLeft: 0 });
    await expect.poll(async () => (await s.received(s.agent.clientHash)).length).toBe(1);
    await s.push.drain();
    expect((await s.received(s.agent.clientHash))[0]?.title).toBe('SLA breached: A customer');
    expect(await s.received(s.owner.clientHash)).toEqual([]);
    expect(await s.received(s.other.clientHash)).toEqual([]);
  });
});
