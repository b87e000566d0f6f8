import { randomUUID } from 'node:crypto';
import { findContactByVisitorToken } from '../../db/queries/contacts.js';
import { listInvitationRules, type InvitationRuleRow } from '../../db/queries/invitation-rules.js';
import {
  insertInvitation,
  lockVisitor,
  sameSuppressionSince,
  visitorHistory,
} from '../../db/queries/invitations.js';
import { findWorkspaceByKey } from '../../db/queries/workspaces.js';
import {
  RuleConditions,
  type InvitationSignals,
  type InvitationView,
} from '../../shared/schemas/invitations.js';
import { firstOwner } from '../assistant/first-owner.js';
import { widgetCallbackSettings } from '../callbacks/widget-callback-settings.js';
import { sha256 } from '../auth/secrets.js';
import { isVerifiedIdentity } from '../contacts/verify-identity.js';
import { notFound } from '../errors.js';
import { decideInvitation, type Decision } from './decide-invitation.js';
import { inHoldout } from './holdout.js';
import type { InvitationDeps } from './invitation-deps.js';
import { matchesRule, type Visit } from './match-rule.js';
import { teamWaitNow, type TeamWaitNow } from './team-wait-now.js';

/** The same suppression of the same visitor is counted once in this long, not on every ping. */
const SUPPRESSION_WINDOW_MS = 30 * 60 * 1000;

const FALLBACK_TEXT = {
  bot: 'Everyone on the team is busy right now. Our assistant can answer most questions at once.',
  callback: 'Everyone on the team is busy right now. Leave your number and we will call you back.',
};

/**
 * The widget's question "should this visitor be invited now?". Rules are tried in order; each
 * one the visit matches is decided (caps, the team's predicted wait against the rule's promise,
 * the fallback, the holdout) and recorded, until one shows something. Returns what to show, or
 * null. Suppressions are recorded too, so the console can say why invitations did not appear.
 */
export async function evaluateInvitations(
  deps: InvitationDeps,
  signals: InvitationSignals,
): Promise<InvitationView | null> {
  const workspace = await findWorkspaceByKey(deps.db, signals.key);
  if (!workspace) throw notFound('Workspace');
  const rules = await listInvitationRules(deps.db, workspace.id, { enabledOnly: true });
  if (!rules.length) return null;
  const contact = signals.token
    ? await findContactByVisitorToken(deps.db, workspace.id, sha256(signals.token))
    : undefined;
  const { identity } = signals;
  const signed =
    identity && isVerifiedIdentity(workspace.identity_secret, identity.id, identity.hash);
  const visit: Visit = {
    ...signals,
    returning: signals.visits > 1 || contact !== undefined,
    identified: Boolean(contact?.verified || signed),
  };
  const waits = new Map<string, Promise<TeamWaitNow>>();
  const waitFor = (teamId: string | null) => {
    let wait = waits.get(teamId ?? '');
    if (!wait) {
      const online = deps.onlineAgents(workspace.id);
      wait = teamWaitNow(deps, workspace.id, teamId, online);
      waits.set(teamId ?? '', wait);
    }
    return wait;
  };
  let bot: Promise<boolean> | undefined;
  let callback: Promise<boolean> | undefined;
  for (const rule of rules) {
    const conditions = RuleConditions.safeParse(rule.conditions);
    if (!conditions.success || !matchesRule(conditions.data, visit)) continue;
    const wait = await waitFor(rule.team_id);
    const botAvailable =
      rule.fallback === 'bot' &&
      (await (bot ??= firstOwner(deps, workspace.id, 'question').then((o) => o === 'bot')));
    const callbackAvailable =
      rule.fallback === 'callback' &&
      (await (callback ??= widgetCallbackSettings(deps, signals.key).then((s) => s.enabled)));
    const outcome = await decideAndRecord(deps, {
      workspaceId: workspace.id,
      rule,
      signals,
      contactId: contact?.id ?? null,
      wait,
      botAvailable,
      callbackAvailable,
    });
    if (outcome.decision === 'suppressed') continue;
    const fallback = outcome.decision === 'fallback' && outcome.offer !== 'person';
    return {
      id: outcome.id,
      offer: outcome.offer,
      message: fallback
        ? (rule.fallback_message ?? FALLBACK_TEXT[outcome.offer as 'bot' | 'callback'])
        : rule.message,
      topic: outcome.offer === 'bot' ? 'question' : rule.topic,
    };
  }
  return null;
}

/** Decides one rule for the visitor under their lock, and records it (once per window if not shown). */
async function decideAndRecord(
  deps: InvitationDeps,
  input: {
    workspaceId: string;
    rule: InvitationRuleRow;
    signals: InvitationSignals;
    contactId: string | null;
    wait: TeamWaitNow;
    botAvailable: boolean;
    callbackAvailable: boolean;
  },
): Promise<Decision & { id: string }> {
  const { workspaceId, rule, signals } = input;
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    await lockVisitor(tx, workspaceId, signals.visitor);
    const history = await visitorHistory(tx, workspaceId, signals.visitor, rule.id);
    const decision = decideInvitation({
      rule: {
        capDays: rule.cap_days,
        dismissDays: rule.dismiss_days,
        maxWaitMinutes: rule.max_wait_minutes,
        fallback: rule.fallback,
      },
      exposedAt: history.exposed_at,
      dismissedAt: history.dismissed_at,
      wait: input.wait,
      botAvailable: input.botAvailable,
      callbackAvailable: input.callbackAvailable,
      holdout: inHoldout(rule.id, signals.visitor, rule.holdout_percent),
      now,
    });
    const id = randomUUID();
    const since = new Date(now.getTime() - SUPPRESSION_WINDOW_MS);
    const repeat =
      decision.decision === 'suppressed' &&
      (await sameSuppressionSince(
        tx,
        workspaceId,
        signals.visitor,
        rule.id,
        decision.reason,
        since,
      ));
    if (repeat) return { ...decision, id };
    await insertInvitation(tx, {
      id,
      workspace_id: workspaceId,
      rule_id: rule.id,
      visitor_key: signals.visitor,
      contact_id: input.contactId,
      decision: decision.decision,
      reason: 'reason' in decision ? decision.reason : null,
      offer: 'offer' in decision ? decision.offer : null,
      predicted_wait_minutes: input.wait.promiseMinutes,
      url: signals.url,
      decided_at: now,
    });
    return { ...decision, id };
  });
}
