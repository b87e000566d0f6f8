import type { InvitationRuleRow, RuleFields } from '../../db/queries/invitation-rules.js';
import {
  RuleConditions,
  type InvitationRuleInput,
  type InvitationRuleView,
} from '../../shared/schemas/invitations.js';

/** A stored rule as the console shows it; conditions stored by an older version get defaults. */
export function ruleView(r: InvitationRuleRow): InvitationRuleView {
  const conditions = RuleConditions.safeParse(r.conditions);
  return {
    id: r.id,
    name: r.name,
    enabled: r.enabled,
    conditions: conditions.success ? conditions.data : RuleConditions.parse({}),
    message: r.message,
    topic: r.topic,
    teamId: r.team_id,
    maxWaitMinutes: r.max_wait_minutes,
    fallback: r.fallback,
    fallbackMessage: r.fallback_message,
    capDays: r.cap_days,
    dismissDays: r.dismiss_days,
    holdoutPercent: r.holdout_percent,
    goalEvent: r.goal_event,
    goalDays: r.goal_days,
    updatedAt: r.updated_at.toISOString(),
  };
}

export function ruleFields(
  id: string,
  workspaceId: string,
  input: InvitationRuleInput,
): RuleFields {
  return {
    id,
    workspace_id: workspaceId,
    name: input.name,
    enabled: input.enabled,
    conditions: input.conditions,
    message: input.message,
    topic: input.topic,
    team_id: input.teamId,
    max_wait_minutes: input.maxWaitMinutes,
    fallback: input.fallback,
    fallback_message: input.fallbackMessage || null,
    cap_days: input.capDays,
    dismiss_days: input.dismissDays,
    holdout_percent: input.holdoutPercent,
    goal_event: input.goalEvent,
    goal_days: input.goalDays,
  };
}
