import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { openTestDb } from '../../../test/test-db.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { insertBotMessage } from '../../db/queries/bot.js';
import { listSlaTargets } from '../../db/queries/sla-targets.js';
import type { ConversationEvent } from '../../shared/realtime.js';
import type { BusinessHours } from '../../shared/schemas/business-hours.js';
import type { SlaPolicyInput } from '../../shared/schemas/slas.js';
import { openVisitorSession } from '../contacts/open-visitor-session.js';
import { setConversationStatus } from '../conversations/change-conversation.js';
import { createMessageWriter } from '../conversations/message-writer.js';
import { publishMessage } from '../conversations/publish-message.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { sendMessage } from '../conversations/send-message.js';
import { startConversation } from '../conversations/start-conversation.js';
import { createSlaFollower } from './sla-follower.js';
import { saveSlaPolicies } from './sla-policies.js';

/** Real database, a clock the test sets, and the SLA follower on every published event. */
export async function slaDeps() {
  const db = await openTestDb();
  let clock = new Date('2026-01-05T10:00:00Z');
  const events: ConversationEvent[] = [];
  const deps: ConversationDeps = {
    db,
    now: () => clock,
    sessionTtlMs: 3_600_000,
    writer: createMessageWriter(db),
    publish: (event) => {
      events.push(event);
      follower.consider(event);
    },
  };
  const follower = createSlaFollower(deps, pino({ level: 'silent' }));
  return {
    db,
    deps,
    events,
    follower,
    at: (iso: string) => void (clock = new Date(iso)),
  };
}
export type SlaTest = Awaited<ReturnType<typeof slaDeps>>;

export const policy = (
  priority: SlaPolicyInput['priority'],
  minutes: Partial<SlaPolicyInput> = {},
): SlaPolicyInput => ({
  priority,
  firstResponseMinutes: 30,
  nextResponseMinutes: 60,
  resolutionMinutes: 480,
  businessHours: false,
  warnBeforeMinutes: 10,
  ...minutes,
});

/** A workspace with policies, an agent and a customer who starts conversations. */
export async function slaWorkspace(t: SlaTest, policies = [policy('normal')]) {
  const ws = await seedWorkspace(t.deps);
  await saveSlaPolicies(t.deps, ws.id, { policies });
  const agent = await seedMember(t.deps, ws.id, { role: 'agent' });
  const visitor = await openVisitorSession(t.deps, { workspaceKey: ws.public_key });
  const customer = { kind: 'contact' as const, workspaceId: ws.id, contactId: visitor.contact.id };
  const person = { kind: 'agent' as const, workspaceId: ws.id, userId: agent.userId };
  const say = async (conversationId: string, who: 'customer' | 'agent' | 'note', body = 'Hi') => {
    await sendMessage(t.deps, who === 'customer' ? customer : person, {
      conversationId,
      clientId: randomUUID(),
      body,
      private: who === 'note',
    });
    await t.follower.drain();
  };
  return {
    ws,
    agent,
    say,
    async start(body = 'My fermenter leaks at the tap') {
      const { conversation } = await startConversation(t.deps, {
        workspaceId: ws.id,
        contactId: customer.contactId,
        conversationId: randomUUID(),
        topic: 'question',
        clientId: randomUUID(),
        body,
      });
      await t.follower.drain();
      return conversation.id;
    },
    /** The assistant answers: the conversation is the bot's while it speaks. */
    async botSays(conversationId: string) {
      await t.db.query(
        `update conversations set owner = 'bot', rung = 'bot', assignee_id = null
          where workspace_id = $1 and id = $2`,
        [ws.id, conversationId],
      );
      const row = await insertBotMessage(t.db, {
        workspaceId: ws.id,
        conversationId,
        clientId: randomUUID(),
        body: 'Try tightening the tap nut.',
        meta: { kind: 'bot_answer' },
      });
      publishMessage(t.deps, row!);
      await t.follower.drain();
    },
    async setStatus(conversationId: string, status: 'open' | 'resolved') {
      await setConversationStatus(t.deps, person, { conversationId, status });
      await t.follower.drain();
    },
    targets: (conversationId: string) => listSlaTargets(t.db, ws.id, conversationId),
    async useTeamHours(conversationId: string, hours: BusinessHours) {
      const teamId = randomUUID();
      await t.db.query(
        `insert into teams (id, workspace_id, name, business_hours) values ($1, $2, $3, $4)`,
        [teamId, ws.id, `Team ${teamId}`, JSON.stringify(hours)],
      );
      await t.db.query(
        'update conversations set team_id = $3 where workspace_id = $1 and id = $2',
        [ws.id, conversationId, teamId],
      );
    },
  };
}
