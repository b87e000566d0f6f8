import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPushService } from '../../../test/push-service.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { openTestDb } from '../../../test/test-db.js';
import { openVisitorSession } from '../../core/contacts/open-visitor-session.js';
import { vapidKeys } from '../../core/push/vapid-keys.js';
import type { Db } from '../../db/db.js';
import { insertConversation } from '../../db/queries/conversations.js';
import { upsertPushSubscription } from '../../db/queries/push.js';
import type { Role } from '../../db/queries/users.js';
import type { PushPayload } from '../../shared/schemas/push.js';
import { createPushNotifier } from './push-notifier.js';
import { createSupervisorAlerts } from './supervisor-alerts.js';

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

describe('telling owners and admins that a conversation needs a supervisor', () => {
  it("pushes to the owners' and admins' phones whose console is closed, not to agents", async () => {
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
    const admin = await phoneOf('admin');
    const agent = await phoneOf('agent');
    const { contact } = await openVisitorSession(core, { workspaceKey: ws.public_key });
    const conversationId = randomUUID();
    await insertConversation(db, {
      id: conversationId,
      workspace_id: ws.id,
      contact_id: contact.id,
      topic: 'complaint',
      subject: 'My kettle arrived broken',
    });
    const log = pino({ level: 'silent' });
    const online = new Set([admin.userId]);
    const isOnline = (_: string, userId: string) => online.has(userId);
    const push = createPushNotifier({ db, log, isOnline, subject: 'mailto:ops@example.test' });
    const alerts = createSupervisorAlerts({ db, log, push, isOnline });

    const move = { workspaceId: ws.id, conversationId, from: 'queue', to: 'supervisor' } as const;
    alerts.consider(move);
    alerts.consider({ ...move, to: 'queue', from: 'bot' });
    await expect
      .poll(async () => (await pushService.received(owner.clientHash)).length, { timeout: 10_000 })
      .toBe(1);
    await push.drain();
    const [payload] = (await pushService.received(owner.clientHash)).map(
      (m) => JSON.parse(m) as PushPayload,
    );
    expect(payload).toEqual({
      title: 'A customer needs a supervisor',
      body: expect.stringContaining('My kettle arrived broken'),
      url: `/console/conversations/${conversationId}`,
      tag: conversationId,
    });
    expect(await pushService.received(admin.clientHash)).toEqual([]);
    expect(await pushService.received(agent.clientHash)).toEqual([]);
  });
});
