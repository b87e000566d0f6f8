import { randomUUID } from 'node:crypto';
import { insertBotMessage } from '../../db/queries/bot.js';
import { changeOwner } from '../conversations/change-owner.js';
import type { EscalationReason, PeopleRung } from '../conversations/owner.js';
import { publishMessage } from '../conversations/publish-message.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { rungAfterBot } from '../escalation/people-rung.js';
import type { BotMeta } from './bot-meta.js';

type Where = { workspaceId: string; conversationId: string };

const PASSING_ON = 'Of course. I am passing you to the team; you will see your place in line.';
const UPSET =
  'I am sorry this has been frustrating. I am bringing in a person from the team right away; ' +
  'you will see your place in line.';
const STRAIGHT_TO_PEOPLE =
  'A person from the team will take it from here; you will see your place in line.';

/** The customer typed that they want a person: say so plainly, then hand over. Always allowed. */
export async function handOverOnRequest(deps: ConversationDeps, where: Where): Promise<void> {
  const to = (await rungAfterBot(deps, where.workspaceId, 'asked_for_person')) ?? 'queue';
  await botNote(deps, where, PASSING_ON);
  await escalate(deps, where, 'asked_for_person', to);
}

/**
 * The customer is clearly upset and the bot's step leaves on negative sentiment: no further
 * automated answer, a person instead. False (nothing done) when the ladder keeps the bot.
 */
export async function handOverOnNegativeSentiment(
  deps: ConversationDeps,
  where: Where,
): Promise<boolean> {
  const to = await rungAfterBot(deps, where.workspaceId, 'negative_sentiment');
  if (!to) return false;
  await botNote(deps, where, UPSET);
  await escalate(deps, where, 'negative_sentiment', to);
  return true;
}

/**
 * A verified VIP, whose ladder lets VIPs skip the bot, is in a conversation the bot holds: it
 * goes to people at once. False when the ladder keeps VIPs with the bot.
 */
export async function handOverVip(deps: ConversationDeps, where: Where): Promise<boolean> {
  const to = await rungAfterBot(deps, where.workspaceId, 'vip');
  if (!to) return false;
  await botNote(deps, where, STRAIGHT_TO_PEOPLE);
  await escalate(deps, where, 'vip', to);
  return true;
}

/** A short automated note, stored only while the bot still owns the conversation. */
export async function botNote(deps: ConversationDeps, where: Where, body: string): Promise<void> {
  const meta: BotMeta = { kind: 'bot_note' };
  const row = await insertBotMessage(deps.db, { ...where, clientId: randomUUID(), body, meta });
  if (row) publishMessage(deps, row);
}

export function escalate(
  deps: ConversationDeps,
  where: Where,
  reason: EscalationReason,
  to: PeopleRung,
) {
  return changeOwner(deps, { ...where, change: { type: 'escalate', reason, to }, actorId: null });
}
